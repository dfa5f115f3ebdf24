import { entityNames } from '../../../shared/domain/registry.ts';
import { mergeStoredRecord } from '../../../shared/sync/merge.ts';
import type { SnapshotResponse } from '../../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { receiveStamps } from '../db/clock.ts';
import type { LocalDb, UnknownEntry } from '../db/local-db.ts';
import { tallyAfter, tallyBefore } from './deletion-guard.ts';
import { loadSyncState, updateSyncState } from './sync-state.ts';
import { keepUnknown } from './unknown-entities.ts';

export interface SnapshotPageOptions {
  /** The snapshot started on an empty replica: records are written as sent, no merge (see SyncState). */
  fresh: boolean;
  /** The server clock offset learned from this page's response, saved in the same transaction. */
  clockOffsetMs: number;
  /** The user agreed to a large deletion ("Đồng ý xoá"): the stop lets this page through. */
  allowMassDeletion?: boolean;
  /** The entities this release knows (the registry's); records of any other are kept for later. */
  entities?: readonly string[];
}

type Working = StoredRecord<{ id: string }>;

/** True when the replica holds no record of any entity (a first sync, not a re-snapshot). */
export async function hasNoRecords(db: LocalDb, entities: readonly string[] = entityNames): Promise<boolean> {
  const counts = await Promise.all(entities.map((name) => db.table(name).count()));
  return counts.every((count) => count === 0);
}

/**
 * Applies one snapshot page in one transaction: each record merged field by field with what this replica
 * has (its own unsent edits keep their newer values) — or, on a fresh replica, written as sent —, records
 * of entities this release does not know kept for when it learns them, the resume point and the clock
 * offset saved with it, and — on the last page — the cursor from which incremental pull continues.
 *
 * A re-snapshot is held by the mass-deletion stop like a pull (deletion-guard.ts): its deletions are the
 * live records here that its tombstones delete, counted over the whole snapshot; the page that would take
 * the count past half of the live records at its start is not applied, and the resume point stays before
 * it. A fresh snapshot has nothing to delete.
 */
export async function applySnapshotPage(
  db: LocalDb,
  page: SnapshotResponse,
  now: number,
  options: SnapshotPageOptions,
): Promise<number> {
  const entities = options.entities ?? entityNames;
  const tables = [...entities.map((name) => db.table(name)), db.meta, db.unknownChanges];
  return db.transaction('rw', tables, async () => {
    const stamps: string[] = [];
    let applied = 0;
    const byEntity = new Map<string, Working[]>();
    const unknown: UnknownEntry[] = [];
    for (const { entity, record } of page.records) {
      if (!entities.includes(entity)) {
        unknown.push({ entity, spaceId: String(record.spaceId), kind: 'record', record });
        continue;
      }
      const remote = record as unknown as Working;
      const list = byEntity.get(entity);
      if (list) list.push(remote);
      else byEntity.set(entity, [remote]);
      stamps.push(...Object.values(remote._clock ?? {}));
      applied += 1;
    }
    const state = await loadSyncState(db);
    const guarded = !options.fresh && page.records.length > 0;
    const before = guarded ? await tallyBefore(db, entities, state.snapshotTally) : null;
    // One bulkGet per table, all tables queued together; nothing is written before the count is checked.
    const merged = await Promise.all(
      [...byEntity].map(async ([entity, remotes]) => {
        if (options.fresh) return { entity, rows: remotes, deletions: 0 };
        const locals = await db.table<Working, string>(entity).bulkGet(remotes.map((remote) => remote.id));
        const rows = remotes.map((remote, i) => mergeStoredRecord(locals[i], remote, entity).record);
        const deletions = rows.filter((row, i) => locals[i]?._deleted === 0 && row._deleted === 1).length;
        return { entity, rows, deletions };
      }),
    );
    const deletions = merged.reduce((sum, m) => sum + m.deletions, 0);
    const tally = before
      ? tallyAfter(before, deletions, options.allowMassDeletion ?? false)
      : (state.snapshotTally ?? null);
    await Promise.all(merged.map(({ entity, rows }) => db.table(entity).bulkPut(rows)));
    await keepUnknown(db, unknown);
    await updateSyncState(db, {
      clockOffsetMs: options.clockOffsetMs,
      ...(page.after === null
        ? {
            snapshotAfter: null,
            snapshotDone: true,
            snapshotFresh: false,
            snapshotTally: null,
            cursor: page.cursor,
          }
        : { snapshotAfter: page.after, snapshotFresh: options.fresh, snapshotTally: tally }),
    });
    await receiveStamps(db, stamps, now);
    return applied;
  });
}
