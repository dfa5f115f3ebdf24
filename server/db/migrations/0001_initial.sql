-- The district server's schema. Times are Unix epoch milliseconds (bigint), the unit of the HLC and the
-- sync protocol; ids are UUID v7 text. Applied by server/db/migrate.ts in one transaction.

CREATE TABLE users (
  id            text PRIMARY KEY,
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  person_id     text,
  unit_id       text,
  is_admin      boolean NOT NULL DEFAULT false,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    bigint NOT NULL,
  updated_at    bigint NOT NULL
);

-- Refresh tokens, stored as SHA-256 of the token. A login starts a family; each refresh rotates the token
-- (revoked_at + replaced_by on the old row). Presenting a rotated token again revokes the whole family.
CREATE TABLE refresh_tokens (
  id          text PRIMARY KEY,
  token_hash  text NOT NULL UNIQUE,
  family_id   text NOT NULL,
  user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  client_id   text NOT NULL,
  created_at  bigint NOT NULL,
  expires_at  bigint NOT NULL,
  revoked_at  bigint,
  replaced_by text
);
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE grants (
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  space_id   text NOT NULL,
  role       text NOT NULL CHECK (role IN ('read', 'write', 'manage')),
  granted_at bigint NOT NULL,
  PRIMARY KEY (user_id, space_id)
);
CREATE INDEX grants_space ON grants (space_id);

-- Ids compare byte-wise (COLLATE "C"): snapshot paging compares them in SQL and in JS alike.
-- One row per space that holds records; `rank` orders the snapshot (lower first): the directory, then
-- programmes and meetings by their end or date, latest first.
CREATE TABLE spaces (
  space_id   text COLLATE "C" PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('directory', 'programme', 'meeting')),
  rank       bigint NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX spaces_rank ON spaces (rank, space_id);

-- The current state of each record: business fields plus _clock and _deleted, as every replica keeps it.
CREATE TABLE records (
  entity     text COLLATE "C" NOT NULL,
  id         text COLLATE "C" NOT NULL,
  space_id   text COLLATE "C" NOT NULL,
  data       jsonb NOT NULL,
  deleted    boolean NOT NULL DEFAULT false,
  version    bigint NOT NULL,
  updated_at bigint NOT NULL,
  PRIMARY KEY (entity, id)
);
CREATE INDEX records_space ON records (space_id, entity, id);

-- Accepted changes in server-version order: what pull serves. `fields` holds the fields the change applied.
CREATE TABLE changes (
  version     bigint PRIMARY KEY,
  change_id   text NOT NULL UNIQUE,
  entity      text NOT NULL,
  record_id   text NOT NULL,
  space_id    text NOT NULL,
  hlc         text NOT NULL,
  fields      jsonb NOT NULL,
  deleted     boolean NOT NULL DEFAULT false,
  user_id     text,
  client_id   text NOT NULL,
  received_at bigint NOT NULL
);
CREATE INDEX changes_space_version ON changes (space_id, version);
CREATE INDEX changes_record_hlc ON changes (entity, record_id, hlc);

-- Every change id ever accepted and its version: retries stay no-ops even after compaction removed the row.
CREATE TABLE change_receipts (
  change_id   text PRIMARY KEY,
  version     bigint NOT NULL,
  received_at bigint NOT NULL
);

-- Append-only history of every applied field.
CREATE TABLE audit_log (
  id        bigserial PRIMARY KEY,
  version   bigint NOT NULL,
  at        bigint NOT NULL,
  user_id   text,
  client_id text NOT NULL,
  space_id  text NOT NULL,
  entity    text NOT NULL,
  record_id text NOT NULL,
  field     text NOT NULL,
  old_value jsonb,
  new_value jsonb
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id, version);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Concurrent writes of one field by different clients: both values, for the conflict inbox.
CREATE TABLE conflicts (
  id                    text PRIMARY KEY,
  change_id             text NOT NULL,
  version               bigint NOT NULL,
  space_id              text NOT NULL,
  entity                text NOT NULL,
  record_id             text NOT NULL,
  field                 text NOT NULL,
  kept_value            jsonb,
  kept_hlc              text NOT NULL,
  kept_user_id          text,
  kept_user_name        text NOT NULL,
  overwritten_value     jsonb,
  overwritten_hlc       text NOT NULL,
  overwritten_user_id   text,
  overwritten_user_name text NOT NULL,
  created_at            bigint NOT NULL,
  resolved_at           bigint,
  resolved_by           text
);
CREATE INDEX conflicts_space ON conflicts (space_id, created_at);
CREATE INDEX conflicts_change ON conflicts (change_id);

CREATE TABLE login_attempts (
  id       bigserial PRIMARY KEY,
  username text NOT NULL,
  ip       text NOT NULL,
  at       bigint NOT NULL,
  success  boolean NOT NULL
);
CREATE INDEX login_attempts_username ON login_attempts (username, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

CREATE TABLE server_settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);

-- The single row every push locks (SELECT … FOR UPDATE): the last version handed out, the lowest cursor
-- pull still serves after compaction, and a counter bumped whenever the snapshot order of spaces changes.
CREATE TABLE sync_state (
  id                integer PRIMARY KEY CHECK (id = 1),
  last_version      bigint NOT NULL,
  min_cursor        bigint NOT NULL,
  space_order_epoch bigint NOT NULL
);
INSERT INTO sync_state (id, last_version, min_cursor, space_order_epoch) VALUES (1, 0, 0, 0);
