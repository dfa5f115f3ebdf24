import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context.tsx';

/** How many local changes wait to be pushed to the district server. */
export function usePendingCount(): number {
  const { db } = useDb();
  return useLiveQuery(() => db.outbox.count(), [db]) ?? 0;
}
