import type { LocalDb } from './local-db.ts';

/** Entities whose create opens a space of its own. */
const SPACE_ROOTS: ReadonlySet<string> = new Set(['programme', 'meeting']);

/**
 * Spaces that exist on this machine only: a programme or meeting created here whose create is still
 * waiting in the outbox, or was refused and kept as a local draft. The server has no grant on them to give,
 * so their author edits them in full (`data/use-access.ts`) and not holding a grant is no revocation
 * (`sync/revoked-spaces.ts`).
 */
export async function spacesOnlyHere(db: LocalDb): Promise<Set<string>> {
  const [queued, drafts] = await Promise.all([
    db.outbox.filter((entry) => SPACE_ROOTS.has(entry.entity) && entry.base === undefined).toArray(),
    db.rejected.filter((entry) => entry.draft === true && SPACE_ROOTS.has(entry.entity)).toArray(),
  ]);
  return new Set([...queued, ...drafts].map((entry) => entry.spaceId));
}
