-- Meeting minutes and notes as Yjs documents (issue 18; server/README.md "Documents (Yjs)"). A document
-- (`minutes:<meetingId>`, `notes:<meetingId>`) lives in its meeting's space, so the space's grants decide
-- who reads and writes it. Its content is an append log of Yjs V2 updates, one row per accepted request,
-- seq gap-free per document (appends take the document row FOR UPDATE). `epoch` names this incarnation of
-- the document: a client holding a copy of another one is told to drop it. Compaction merges the oldest
-- rows into one (keeping the last merged row's seq) and records it in `compacted_through`.
CREATE TABLE documents (
  doc_id            text PRIMARY KEY,
  space_id          text NOT NULL,
  epoch             integer NOT NULL,
  created_at        bigint NOT NULL,
  compacted_through bigint NOT NULL DEFAULT 0
);

CREATE TABLE document_updates (
  doc_id      text NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
  seq         bigint NOT NULL,
  update      bytea NOT NULL,
  -- null on a compacted row (merged from several clients' updates)
  client_id   text,
  user_id     text,
  received_at bigint NOT NULL,
  PRIMARY KEY (doc_id, seq)
);
