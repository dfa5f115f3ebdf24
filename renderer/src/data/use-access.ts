import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { editRights, withLocalSpaces, type EditRights } from '../../../shared/authz/edit-rights.ts';
import { useDb } from '../db/db-context.tsx';
import { spacesOnlyHere } from '../db/local-spaces.ts';

/** The signed-in user's unit, as the server last said (null: none, never signed in, or still loading). */
export function useSignedInUnit(): string | null {
  const { db } = useDb();
  return (
    useLiveQuery(async () => {
      const row = await db.meta.get('access');
      return row?.key === 'access' ? row.value.user.unitId : null;
    }, [db]) ?? null
  );
}

/**
 * What the signed-in user may edit here, by the server's own rules (`shared/authz`), from the access the
 * sync engine saved at its last round, plus the spaces that exist on this machine only. No access row
 * (never signed in: local use or the demo) allows everything; while the row is loading, nothing is
 * restricted either, so a writer's controls never flicker.
 */
export function useAccess(): EditRights {
  const { db } = useDb();
  const state = useLiveQuery(async () => {
    const row = await db.meta.get('access');
    return { access: row?.key === 'access' ? row.value : null, local: [...(await spacesOnlyHere(db))] };
  }, [db]);
  return useMemo(() => withLocalSpaces(editRights(state?.access ?? null), state?.local ?? []), [state]);
}
