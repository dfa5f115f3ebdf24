import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../../../shared/domain/indicator.ts';
import type { EntityName } from '../../../shared/domain/registry.ts';
import { useDb } from '../db/db-context.tsx';
import type { HistoryEntry } from '../db/local-db.ts';
import { loadHistoryNames, periodOfRecord, type HistoryNames } from './history-names.ts';

export interface RecordHistoryData {
  /** Newest first. */
  entries: HistoryEntry[];
  names: HistoryNames;
  period: Period | null;
}

/** A record's history on this computer, newest first, with the names its lines need; undefined while loading. */
export function useRecordHistory(
  entity: EntityName,
  recordId: string,
  limit = 200,
): RecordHistoryData | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const entries = await db.history
      .where('[entity+recordId]')
      .equals([entity, recordId])
      .reverse()
      .limit(limit)
      .toArray();
    const [names, period] = await Promise.all([
      loadHistoryNames(db, entries),
      periodOfRecord(db, entity, recordId),
    ]);
    return { entries, names, period };
  }, [db, entity, recordId, limit]);
}
