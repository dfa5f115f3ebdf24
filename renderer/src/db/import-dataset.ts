import { entityNames, type EntityName, type EntityOf } from '../../../shared/domain/registry.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import { tickClock } from './clock.ts';
import { recordTable, type LocalDb } from './local-db.ts';

export type Dataset = { [N in EntityName]?: readonly EntityOf<N>[] };

/**
 * Puts a whole dataset (the demo data) into an empty working copy in one transaction: every field stamped
 * with one clock tick, nothing queued for the server — demo records are this machine's alone.
 */
export async function importDataset(db: LocalDb, dataset: Dataset, now: number): Promise<number> {
  const tables = [...entityNames.map((name) => db.table(name)), db.meta];
  return db.transaction('rw', tables, async () => {
    const { stamp, saved } = await tickClock(db, now);
    await saved;
    let count = 0;
    for (const entity of entityNames) {
      const rows = (dataset[entity] ?? []) as readonly Record<string, unknown>[];
      const stored = rows.map((row) => ({
        ...row,
        _clock: Object.fromEntries(
          Object.keys(row)
            .filter((f) => f !== 'id' && f !== 'spaceId')
            .map((f) => [f, stamp]),
        ),
        _deleted: 0 as const,
      }));
      await recordTable(db, entity).bulkPut(stored as unknown as StoredRecord<EntityOf<typeof entity>>[]);
      count += stored.length;
    }
    return count;
  });
}

/** True when the working copy holds no record at all (a fresh profile). */
export async function isEmpty(db: LocalDb): Promise<boolean> {
  for (const entity of entityNames) if ((await db.table(entity).count()) > 0) return false;
  return true;
}
