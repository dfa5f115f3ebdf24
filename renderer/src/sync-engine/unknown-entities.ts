import { mergeChange, mergeStoredRecord } from '../../../shared/sync/merge.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { receiveStamps } from '../db/clock.ts';
import type { LocalDb, UnknownEntry } from '../db/local-db.ts';

/**
 * Records of an entity this release does not know (a newer server has a kind of record it has not heard
 * of) are kept, not dropped: the cursor moves past them, so dropping would lose them for good on this
 * machine. They wait in `unknownChanges`, in arrival order (the server's version order: snapshot records
 * first, then pulled changes page after page), until a release that knows the entity opens this copy;
 * the engine then merges them into the entity's table at its next round.
 */

/** Keeps what a page brought of unknown entities; call inside the page's transaction. */
export async function keepUnknown(db: LocalDb, entries: readonly UnknownEntry[]): Promise<void> {
  if (entries.length > 0) await db.unknownChanges.bulkAdd(entries);
}

type Working = StoredRecord<{ id: string }>;

/**
 * Merges the kept changes and records of every entity now in `entities` into its table, in the order they
 * arrived, and lets them go — one transaction, so they are applied once. The clock moves past their
 * stamps as it would have on arrival. No field history is written: the records are new on this machine,
 * as a record first seen in a pull is (its history is in the server's audit log). Returns how many kept
 * entries were applied.
 */
export async function applyLearnedEntities(
  db: LocalDb,
  entities: readonly string[],
  now: number,
): Promise<number> {
  const waiting = (await db.unknownChanges.orderBy('entity').uniqueKeys()).map(String);
  const learned = waiting.filter((entity) => entities.includes(entity));
  if (learned.length === 0) return 0;
  const tables = [...learned.map((entity) => db.table(entity)), db.unknownChanges, db.meta];
  return db.transaction('rw', tables, async () => {
    let applied = 0;
    const stamps: string[] = [];
    for (const entity of learned) {
      const table = db.table<Working, string>(entity);
      // Equal index keys come in primary-key order: the order the entries arrived in.
      const entries = await db.unknownChanges.where('entity').equals(entity).toArray();
      const ids = [
        ...new Set(entries.map((e) => (e.kind === 'change' ? e.change.recordId : idOf(e.record)))),
      ];
      const existing = await table.bulkGet(ids);
      const records = new Map(ids.map((id, i) => [id, existing[i]]));
      for (const entry of entries) {
        if (entry.kind === 'change') {
          const { change } = entry;
          records.set(change.recordId, mergeChange(records.get(change.recordId), change).record);
          stamps.push(change.hlc);
        } else {
          const remote = entry.record as unknown as Working;
          records.set(remote.id, mergeStoredRecord(records.get(remote.id), remote, entity).record);
          stamps.push(...Object.values(remote._clock ?? {}));
        }
      }
      await table.bulkPut([...records.values()].filter((row) => row !== undefined));
      await db.unknownChanges.bulkDelete(entries.map((e) => e.seq).filter((seq) => seq !== undefined));
      applied += entries.length;
    }
    await receiveStamps(db, stamps, now);
    return applied;
  });
}

function idOf(record: Record<string, unknown>): string {
  return String(record.id);
}
