-- Capabilities (shared/authz/capabilities.ts): what an account, or every account of a unit, may do beyond
-- its grants: organise meetings, draw up programmes, keep the directory. Held by a user or by a unit (every
-- account whose unit_id is that unit holds it). Not a foreign key for units: units are directory records.
CREATE TABLE capabilities (
  holder_kind text NOT NULL CHECK (holder_kind IN ('user', 'unit')),
  holder_id   text NOT NULL,
  capability  text NOT NULL CHECK (capability IN ('organise_meetings', 'draw_up_programmes', 'keep_directory')),
  granted_at  bigint NOT NULL,
  granted_by  text,
  PRIMARY KEY (holder_kind, holder_id, capability)
);

-- A unit's own space (`unit:<unitId>`: the tasks a unit gives itself, their reports) gets its row too.
ALTER TABLE spaces DROP CONSTRAINT spaces_kind_check;
ALTER TABLE spaces ADD CONSTRAINT spaces_kind_check
  CHECK (kind IN ('directory', 'programme', 'meeting', 'unit'));

-- Who gave a grant: a manager of the space, the creator of a new space (their own manage grant), or null
-- (the admin CLI, and grants made before this was recorded).
ALTER TABLE grants ADD COLUMN granted_by text;
