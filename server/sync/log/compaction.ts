import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { queryRows, toNumber } from '../../db/database.ts';
import { lockSyncState, saveSyncState } from './log-head.ts';

/**
 * Maintenance: deletes change rows below `beforeVersion` that no longer carry any current value (every
 * field they applied, and their delete, has since been overwritten by a later write), then raises the
 * lowest cursor pull serves to `beforeVersion - 1`. A client whose cursor is older gets 410
 * `resync_required` and takes a snapshot. The audit log and change receipts (idempotent retries) stay.
 * Runs under the push lock, so no push interleaves.
 */
export interface CompactionResult {
  deleted: number;
  minCursor: number;
}

export async function compactChanges(database: Database, beforeVersion: number): Promise<CompactionResult> {
  return database.transaction(async (tx) => {
    const state = await lockSyncState(tx);
    const before = Math.min(Math.max(1, Math.floor(beforeVersion)), state.lastVersion + 1);
    const rows = await queryRows(
      tx,
      sql`DELETE FROM changes c
          WHERE c.version < ${before}
            AND NOT EXISTS (
              SELECT 1 FROM records r
              WHERE r.entity = c.entity AND r.id = c.record_id
                AND (
                  EXISTS (SELECT 1 FROM jsonb_object_keys(c.fields) AS k(field)
                          WHERE r.data -> '_clock' ->> k.field = c.hlc)
                  OR (c.deleted AND r.data -> '_clock' ->> '_deleted' = c.hlc)
                ))
          RETURNING c.version`,
    );
    const minCursor = Math.max(state.minCursor, before - 1);
    await saveSyncState(tx, { lastVersion: state.lastVersion, bumpSpaceOrder: false, minCursor });
    return { deleted: rows.length, minCursor };
  });
}

/** The version counter and the compaction floor, for the admin CLI. */
export async function syncStatus(database: Database) {
  const rows = await queryRows(
    database.orm,
    sql`SELECT last_version, min_cursor, (SELECT count(*) FROM changes) AS change_rows FROM sync_state`,
  );
  const row = rows[0] ?? {};
  return {
    lastVersion: toNumber(row.last_version ?? 0),
    minCursor: toNumber(row.min_cursor ?? 0),
    changeRows: toNumber(row.change_rows ?? 0),
  };
}
