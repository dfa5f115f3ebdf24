import type { Collection, Table } from 'dexie';
import type { RecordMeta } from '../../../shared/sync/record.ts';

/** The rows of a table or query that are not tombstones. */
export async function liveRows<T extends RecordMeta>(
  source: Table<T, string> | Collection<T, string>,
): Promise<T[]> {
  return (await source.toArray()).filter((row) => row._deleted === 0);
}
