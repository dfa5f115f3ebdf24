-- The administrators' actions (shared/sync/admin-api.ts `adminActions`): accounts made, passwords reset,
-- accounts locked and unlocked, sessions ended, capabilities and grants given and taken, units and people
-- added. Directory records are also in audit_log through their push; this is the one list of who
-- administered what. A password is never written here.
CREATE TABLE admin_audit (
  id         bigserial PRIMARY KEY,
  at         bigint NOT NULL,
  actor_id   text,
  actor_name text NOT NULL,
  action     text NOT NULL,
  target     text NOT NULL,
  details    jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX admin_audit_at ON admin_audit (at DESC, id DESC);
