import {
  entityNames,
  isEntityName,
  type EntityName,
  type EntityOf,
} from '../../../shared/domain/registry.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import type { PullResponse, ServerChange } from '../../../shared/sync/protocol.ts';
import { receiveStamps } from '../db/clock.ts';
import { recordTable, type HistoryEntry, type LocalDb } from '../db/local-db.ts';
import { updateSyncState } from './sync-state.ts';

/** Thrown instead of applying a page that would delete more than half of what this replica holds. */
export class MassDeletionPending extends Error {
  readonly deletions: number;
  readonly liveRecords: number;
  constructor(deletions: number, liveRecords: number) {
    super(`A pull would delete ${deletions} of ${liveRecords} local records`);
    this.name = 'MassDeletionPending';
    this.deletions = deletions;
    this.liveRecords = liveRecords;
  }
}

/** Below this many local records the guard stays quiet: a nearly empty replica has little to lose. */
const GUARD_MIN_RECORDS = 20;

async function checkDeletions(db: LocalDb, changes: readonly ServerChange[]): Promise<void> {
  const deletions = changes.filter((c) => c.deleted && isEntityName(c.entity));
  if (deletions.length === 0) return;
  let live = 0;
  for (const entity of entityNames) live += await db.table(entity).where('_deleted').equals(0).count();
  const hits = (
    await Promise.all(
      deletions.map(async (c) => {
        const row = await recordTable(db, c.entity as EntityName).get(c.recordId);
        return row && row._deleted === 0 ? 1 : 0;
      }),
    )
  ).reduce<number>((a, b) => a + b, 0);
  if (live >= GUARD_MIN_RECORDS && hits * 2 > live) throw new MassDeletionPending(hits, live);
}

async function applyOne(db: LocalDb, change: ServerChange, history: HistoryEntry[], now: number) {
  const entity = change.entity as EntityName;
  const table = recordTable(db, entity);
  const { record, applied } = mergeChange<EntityOf<typeof entity>>(await table.get(change.recordId), change);
  if (applied.length === 0) return;
  await table.put(record);
  for (const { field, oldValue, newValue } of applied) {
    history.push({
      entity,
      recordId: change.recordId,
      field,
      oldValue: oldValue ?? null,
      newValue,
      hlc: change.hlc,
      actorId: change.userId,
      at: now,
      origin: 'remote',
    });
  }
}

/**
 * Applies one pulled page in one transaction: each change merged field by field (so local edits still
 * waiting in the outbox keep their newer values), the history noted, the clock moved past every stamp,
 * and the cursor advanced — all or nothing.
 */
export async function applyPulledPage(
  db: LocalDb,
  page: PullResponse,
  now: number,
  options: { allowMassDeletion?: boolean } = {},
): Promise<number> {
  const tables = [...entityNames.map((name) => db.table(name)), db.history, db.meta];
  return db.transaction('rw', tables, async () => {
    const known = page.changes.filter((change) => isEntityName(change.entity));
    if (!options.allowMassDeletion) await checkDeletions(db, known);
    const history: HistoryEntry[] = [];
    for (const change of known) await applyOne(db, change, history, now);
    await db.history.bulkAdd(history);
    if (known.length > 0)
      await receiveStamps(
        db,
        known.map((c) => c.hlc),
        now,
        { trusted: true },
      );
    await updateSyncState(db, { cursor: page.cursor });
    return known.length;
  });
}
