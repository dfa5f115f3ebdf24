import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { editRights, withLocalSpaces, type EditRights } from '../../../shared/authz/edit-rights.ts';
import { useDb } from '../db/db-context.tsx';
import type { LocalDb } from '../db/local-db.ts';

/** Entities whose create opens a space of its own. */
const SPACE_ROOTS = new Set(['programme', 'meeting']);

/**
 * Spaces that exist on this machine only: a programme or meeting created here whose create is still
 * waiting to be sent, or was refused and kept as a local draft. The server has no grant on them to give,
 * so their author may go on preparing them (agenda, attendees, conclusions) until they are accepted.
 */
async function localSpaces(db: LocalDb): Promise<string[]> {
  const [queued, drafts] = await Promise.all([
    db.outbox.filter((entry) => SPACE_ROOTS.has(entry.entity) && entry.base === undefined).toArray(),
    db.rejected.filter((entry) => entry.draft === true && SPACE_ROOTS.has(entry.entity)).toArray(),
  ]);
  return [...new Set([...queued, ...drafts].map((entry) => entry.spaceId))];
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
    return { access: row?.key === 'access' ? row.value : null, local: await localSpaces(db) };
  }, [db]);
  return useMemo(() => withLocalSpaces(editRights(state?.access ?? null), state?.local ?? []), [state]);
}
