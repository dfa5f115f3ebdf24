import { entityNames, type EntityName } from '../../../shared/domain/registry.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import type { PullResponse, ServerChange } from '../../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { receiveStamps } from '../db/clock.ts';
import type { HistoryEntry, LocalDb, UnknownEntry } from '../db/local-db.ts';
import { tallyAfter, tallyBefore } from './deletion-guard.ts';
import { loadSyncState, updateSyncState } from './sync-state.ts';
import { keepUnknown } from './unknown-entities.ts';

// The scheduler and the screens know the stop by this name and place.
export { MassDeletionPending } from './deletion-guard.ts';

export interface PullPageOptions {
  /** The user agreed to a large deletion ("Đồng ý xoá"): the stop lets this page through. */
  allowMassDeletion?: boolean;
  /** The entities this release knows (the registry's); changes of any other are kept for later. */
  entities?: readonly string[];
}

type Working = StoredRecord<{ id: string }>;

interface Merged {
  table: string;
  rows: Working[];
  history: HistoryEntry[];
  /** Records live here before the page and deleted after it (for the mass-deletion stop). */
  deletions: number;
}

/**
 * Merges a page's changes for one entity in memory — one bulkGet — in page order, so a record changed twice
 * in a page ends as the server has it. Nothing is written yet: the page's deletions are counted first.
 * Field history is kept for records this replica already had; a record first seen here arrives whole, and
 * its creation is in the server's audit log.
 */
async function mergeEntity(
  db: LocalDb,
  entity: string,
  changes: readonly ServerChange[],
  now: number,
): Promise<Merged> {
  const history: HistoryEntry[] = [];
  const table = db.table<Working, string>(entity);
  const ids = [...new Set(changes.map((c) => c.recordId))];
  const existing = await table.bulkGet(ids);
  const records = new Map(ids.map((id, i) => [id, existing[i]]));
  const known = new Set(ids.filter((_, i) => existing[i] !== undefined));
  const changed = new Set<string>();
  for (const change of changes) {
    const { record, applied } = mergeChange(records.get(change.recordId), change);
    if (applied.length === 0) continue;
    records.set(change.recordId, record);
    changed.add(change.recordId);
    if (!known.has(change.recordId)) continue;
    for (const { field, oldValue, newValue } of applied) {
      history.push({
        entity: entity as EntityName,
        recordId: change.recordId,
        field,
        oldValue: oldValue ?? null,
        newValue,
        hlc: change.hlc,
        actorId: change.userId,
        // The account the server accepted the change from (null for changes made by the server itself).
        actor: change.userId ? { kind: 'account', userId: change.userId } : null,
        at: now,
        origin: 'remote',
      });
    }
  }
  const rows = [...changed].map((id) => records.get(id)).filter((row) => row !== undefined);
  const deletions = ids.filter(
    (id, i) => existing[i] !== undefined && existing[i]._deleted === 0 && records.get(id)?._deleted === 1,
  ).length;
  return { table: entity, rows, history, deletions };
}

/**
 * Applies one pulled page in one transaction: each change merged field by field (so local edits still
 * waiting in the outbox keep their newer values), the history noted, the clock moved past every stamp,
 * changes of entities this release does not know kept for when it learns them, and the cursor advanced —
 * all or nothing. Before anything is written, the page's deletions are added to the pull's count; a page
 * that would take it past half of the records held when the pull began is not applied
 * (MassDeletionPending, see deletion-guard.ts), and the cursor stays before it.
 */
export async function applyPulledPage(
  db: LocalDb,
  page: PullResponse,
  now: number,
  options: PullPageOptions = {},
): Promise<number> {
  const entities = options.entities ?? entityNames;
  const tables = [...entities.map((name) => db.table(name)), db.history, db.meta, db.unknownChanges];
  return db.transaction('rw', tables, async () => {
    const byEntity = new Map<string, ServerChange[]>();
    const unknown: UnknownEntry[] = [];
    for (const change of page.changes) {
      if (!entities.includes(change.entity)) {
        unknown.push({ entity: change.entity, spaceId: change.spaceId, kind: 'change', change });
        continue;
      }
      const list = byEntity.get(change.entity);
      if (list) list.push(change);
      else byEntity.set(change.entity, [change]);
    }
    const state = await loadSyncState(db);
    const before = page.changes.length > 0 ? await tallyBefore(db, entities, state.pullTally) : null;
    // Entities are independent: their reads are queued together, not one table after another.
    const merged = await Promise.all(
      [...byEntity].map(([entity, changes]) => mergeEntity(db, entity, changes, now)),
    );
    const deletions = merged.reduce((sum, m) => sum + m.deletions, 0);
    const tally = before
      ? tallyAfter(before, deletions, options.allowMassDeletion ?? false)
      : (state.pullTally ?? null);
    await Promise.all(merged.map((m) => db.table(m.table).bulkPut(m.rows)));
    await db.history.bulkAdd(merged.flatMap((m) => m.history));
    await keepUnknown(db, unknown);
    await receiveStamps(
      db,
      page.changes.filter((change) => entities.includes(change.entity)).map((change) => change.hlc),
      now,
    );
    // The count lives as long as the pull: the last page clears it.
    await updateSyncState(db, { cursor: page.cursor, pullTally: page.hasMore ? tally : null });
    return page.changes.length - unknown.length;
  });
}
