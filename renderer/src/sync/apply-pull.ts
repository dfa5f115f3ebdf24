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

/**
 * Merges a page's changes for one entity in memory — one bulkGet, one bulkPut — in page order, so a record
 * changed twice in a page ends as the server has it. Field history is kept for records this replica
 * already had; a record first seen here arrives whole, and its creation is in the server's audit log.
 */
async function applyEntity(
  db: LocalDb,
  entity: EntityName,
  changes: readonly ServerChange[],
  now: number,
): Promise<HistoryEntry[]> {
  const history: HistoryEntry[] = [];
  const table = recordTable(db, entity);
  const ids = [...new Set(changes.map((c) => c.recordId))];
  const existing = await table.bulkGet(ids);
  const records = new Map(ids.map((id, i) => [id, existing[i]]));
  const known = new Set(ids.filter((_, i) => existing[i] !== undefined));
  const changed = new Set<string>();
  for (const change of changes) {
    const { record, applied } = mergeChange<EntityOf<typeof entity>>(records.get(change.recordId), change);
    if (applied.length === 0) continue;
    records.set(change.recordId, record);
    changed.add(change.recordId);
    if (!known.has(change.recordId)) continue;
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
  const rows = [...changed].map((id) => records.get(id)).filter((row) => row !== undefined);
  await table.bulkPut(rows);
  return history;
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
    const byEntity = new Map<EntityName, ServerChange[]>();
    for (const change of known) {
      const entity = change.entity as EntityName;
      const list = byEntity.get(entity);
      if (list) list.push(change);
      else byEntity.set(entity, [change]);
    }
    // Entities are independent: their reads and writes are queued together, not one table after another.
    const histories = await Promise.all(
      [...byEntity].map(([entity, changes]) => applyEntity(db, entity, changes, now)),
    );
    await db.history.bulkAdd(histories.flat());
    await receiveStamps(
      db,
      known.map((change) => change.hlc),
      now,
    );
    await updateSyncState(db, { cursor: page.cursor });
    return known.length;
  });
}
