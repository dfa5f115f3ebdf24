import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context.tsx';

const NONE: ReadonlySet<string> = new Set();

/**
 * The records that exist on this machine only: their create was refused by the server and they are kept
 * as local drafts (the refused list can send them again or remove them). Screens mark them.
 */
export function useDraftIds(): ReadonlySet<string> {
  const { db } = useDb();
  const ids = useLiveQuery(
    async () =>
      new Set((await db.rejected.filter((entry) => entry.draft === true).toArray()).map((e) => e.recordId)),
    [db],
  );
  return ids ?? NONE;
}
