-- Receipts name the user whose change they record: a retry is answered only to that user, so another
-- account that sends a change id already taken is never told "accepted" for an edit the server did not
-- apply (server/sync/group-state.ts). Existing receipts take their user from the change row, or, when
-- compaction removed it, from the audit rows of its version (append-only, never compacted). A receipt
-- left without a user (a compacted change that applied nothing) is answered to no one.
ALTER TABLE change_receipts ADD COLUMN user_id text;
UPDATE change_receipts r SET user_id = c.user_id FROM changes c WHERE c.change_id = r.change_id;
UPDATE change_receipts r SET user_id = a.user_id
  FROM (SELECT DISTINCT ON (version) version, user_id FROM audit_log ORDER BY version, id) a
  WHERE r.user_id IS NULL AND a.version = r.version;

-- A fresh random token written with every push commit: a pipelined group trusts the previous group's
-- carry only if the token under the lock is the one that group committed (server/sync/push-group.ts).
ALTER TABLE sync_state ADD COLUMN commit_token text NOT NULL DEFAULT '';
