import { useLiveQuery } from 'dexie-react-hooks';
import type { Period } from '../../../shared/domain/indicator.ts';
import type { EntityName } from '../../../shared/domain/registry.ts';
import { useDb } from '../db/db-context.tsx';
import type { HistoryEntry } from '../db/local-db.ts';
import { loadHistoryNames, periodOfRecord, type HistoryNames } from './history-names.ts';
import { pendingLines, useServerHistory } from './server-history.ts';

export interface RecordHistoryData {
  /** Newest first. */
  entries: HistoryEntry[];
  names: HistoryNames;
  period: Period | null;
}

/**
 * A record's history, newest first, with the names its lines need; undefined while loading. When the server
 * answers, its audit log (every accepted change, by whom) plus this machine's edits not sent yet; otherwise
 * what this machine saw.
 */
export function useRecordHistory(
  entity: EntityName,
  recordId: string,
  limit = 200,
): RecordHistoryData | undefined {
  const { db } = useDb();
  const server = useServerHistory(entity, recordId);
  return useLiveQuery(async () => {
    const local = await db.history
      .where('[entity+recordId]')
      .equals([entity, recordId])
      .reverse()
      .limit(limit)
      .toArray();
    const entries =
      server === null
        ? local
        : [...server, ...(await pendingLines(db, recordId, local))].sort((a, b) => b.at - a.at);
    const [names, period] = await Promise.all([
      loadHistoryNames(db, entries),
      periodOfRecord(db, entity, recordId),
    ]);
    return { entries, names, period };
  }, [db, entity, recordId, limit, server]);
}
