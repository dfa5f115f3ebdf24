import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { editRights, type EditRights } from '../../../shared/authz/edit-rights.ts';
import { useDb } from '../db/db-context.tsx';

/**
 * What the signed-in user may edit here, by the server's own rules (`shared/authz`), from the access the
 * sync engine saved at its last round. No access row (never signed in: local use or the demo) allows
 * everything; while the row is loading, nothing is restricted either, so a writer's controls never flicker.
 */
export function useAccess(): EditRights {
  const { db } = useDb();
  const access = useLiveQuery(async () => {
    const row = await db.meta.get('access');
    return row?.key === 'access' ? row.value : null;
  }, [db]);
  return useMemo(() => editRights(access ?? null), [access]);
}
