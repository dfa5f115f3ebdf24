import {
  entityNames,
  isEntityName,
  type EntityName,
  type EntityOf,
} from '../../../shared/domain/registry.ts';
import { mergeStoredRecord } from '../../../shared/sync/merge.ts';
import type { SnapshotResponse } from '../../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { receiveStamps } from '../db/clock.ts';
import { recordTable, type LocalDb } from '../db/local-db.ts';
import { updateSyncState } from './sync-state.ts';

/**
 * Applies one snapshot page in one transaction: each record merged field by field with what this replica
 * has (its own unsent edits keep their newer values), the resume point saved with it, and — on the last
 * page — the cursor from which incremental pull continues.
 */
export async function applySnapshotPage(db: LocalDb, page: SnapshotResponse, now: number): Promise<number> {
  const tables = [...entityNames.map((name) => db.table(name)), db.meta];
  return db.transaction('rw', tables, async () => {
    const stamps: string[] = [];
    let applied = 0;
    for (const { entity, record } of page.records) {
      if (!isEntityName(entity)) continue;
      const name = entity as EntityName;
      const table = recordTable(db, name);
      const remote = record as unknown as StoredRecord<EntityOf<typeof name>>;
      const merged = mergeStoredRecord(await table.get(String(record.id)), remote);
      await table.put(merged.record);
      stamps.push(...Object.values(remote._clock ?? {}));
      applied += 1;
    }
    const latest = stamps.reduce((max, stamp) => (stamp > max ? stamp : max), '');
    if (latest) await receiveStamps(db, [latest], now, { trusted: true });
    await updateSyncState(
      db,
      page.after === null
        ? { snapshotAfter: null, snapshotDone: true, cursor: page.cursor }
        : { snapshotAfter: page.after },
    );
    return applied;
  });
}
