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

export interface SnapshotPageOptions {
  /** The snapshot started on an empty replica: records are written as sent, no merge (see SyncState). */
  fresh: boolean;
  /** The server clock offset learned from this page's response, saved in the same transaction. */
  clockOffsetMs: number;
}

/** True when the replica holds no record of any entity (a first sync, not a re-snapshot). */
export async function hasNoRecords(db: LocalDb): Promise<boolean> {
  const counts = await Promise.all(entityNames.map((name) => db.table(name).count()));
  return counts.every((count) => count === 0);
}

/**
 * Applies one snapshot page in one transaction: each record merged field by field with what this replica
 * has (its own unsent edits keep their newer values) — or, on a fresh replica, written as sent —, the
 * resume point and the clock offset saved with it, and — on the last page — the cursor from which
 * incremental pull continues.
 */
export async function applySnapshotPage(
  db: LocalDb,
  page: SnapshotResponse,
  now: number,
  options: SnapshotPageOptions,
): Promise<number> {
  const tables = [...entityNames.map((name) => db.table(name)), db.meta];
  return db.transaction('rw', tables, async () => {
    const stamps: string[] = [];
    let applied = 0;
    const byEntity = new Map<EntityName, StoredRecord<{ id: string }>[]>();
    for (const { entity, record } of page.records) {
      if (!isEntityName(entity)) continue;
      const remote = record as unknown as StoredRecord<{ id: string }>;
      const list = byEntity.get(entity);
      if (list) list.push(remote);
      else byEntity.set(entity, [remote]);
      stamps.push(...Object.values(remote._clock ?? {}));
      applied += 1;
    }
    // One bulkGet and one bulkPut per table, all tables queued together: the page's cost is the writes.
    await Promise.all(
      [...byEntity].map(async ([entity, remotes]) => {
        const table = recordTable(db, entity);
        if (options.fresh) {
          await table.bulkPut(remotes as unknown as StoredRecord<EntityOf<typeof entity>>[]);
          return;
        }
        const locals = await table.bulkGet(remotes.map((remote) => remote.id));
        const merged = remotes.map(
          (remote, i) =>
            mergeStoredRecord(locals[i] as StoredRecord<{ id: string }> | undefined, remote).record,
        );
        await table.bulkPut(merged as unknown as StoredRecord<EntityOf<typeof entity>>[]);
      }),
    );
    await updateSyncState(db, {
      clockOffsetMs: options.clockOffsetMs,
      ...(page.after === null
        ? { snapshotAfter: null, snapshotDone: true, snapshotFresh: false, cursor: page.cursor }
        : { snapshotAfter: page.after, snapshotFresh: options.fresh }),
    });
    await receiveStamps(db, stamps, now);
    return applied;
  });
}
