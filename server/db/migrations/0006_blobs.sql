-- Files (conference materials; issue 19; server/README.md "Files (blobs)"). A file's bytes are a blob named
-- by their SHA-256 and kept in the blob store (a folder or an S3 bucket), not here. `blobs` lists the
-- blobs the store holds; `blob_spaces` the spaces each was uploaded for or linked into: a user learns of a
-- blob, and reads it, only through a space they may read.
CREATE TABLE blobs (
  sha256     text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size       bigint NOT NULL CHECK (size >= 0),
  created_at bigint NOT NULL
);

CREATE TABLE blob_spaces (
  sha256    text NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
  space_id  text NOT NULL,
  linked_at bigint NOT NULL,
  -- the account that uploaded it for this space, or linked it here
  linked_by text NOT NULL,
  PRIMARY KEY (sha256, space_id)
);

-- Resumable uploads (tus) in progress. Their bytes are kept here, in chunks, so every server instance on
-- this database sees them: a PATCH may reach another instance than the creation did. `received` is the
-- tus offset; a chunk is appended only together with `received` moving from its start to its end
-- (compare-and-set in one transaction), so two writers can never both append at one offset.
-- `finishing_until` is the claim of the instance that is hashing the finished upload into the blob store;
-- `finished_at` is set when the blob is stored and linked (the chunks are deleted then).
CREATE TABLE blob_uploads (
  upload_id       text PRIMARY KEY,
  user_id         text NOT NULL,
  space_id        text NOT NULL,
  sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size            bigint NOT NULL CHECK (size >= 0),
  received        bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
  -- the tus Upload-Metadata as sent (decoded), answered back on HEAD
  metadata        jsonb NOT NULL,
  created_at      bigint NOT NULL,
  finishing_until bigint,
  finished_at     bigint
);
CREATE INDEX blob_uploads_created ON blob_uploads (created_at);

CREATE TABLE blob_upload_chunks (
  upload_id text NOT NULL REFERENCES blob_uploads (upload_id) ON DELETE CASCADE,
  start     bigint NOT NULL,
  bytes     bytea NOT NULL,
  PRIMARY KEY (upload_id, start)
);
-- File bytes rarely compress: store them out of line without trying.
ALTER TABLE blob_upload_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL;
