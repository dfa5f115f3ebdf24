import { entityNames } from '../../../shared/domain/registry.ts';
import { ownUnitSpace } from '../../../shared/authz/access.ts';
import { DIRECTORY_SPACE } from '../../../shared/domain/space.ts';
import type { RefusalMessage } from '../../../shared/sync/protocol.ts';
import { formatRefusal, refusalSpace } from '../../../shared/sync/refusal-messages.ts';
import type { LocalDb } from '../db/local-db.ts';
import { spacesOnlyHere } from '../db/local-spaces.ts';
import { refusedEntry } from './refusal.ts';
import { loadSyncState, updateSyncState } from './sync-state.ts';
import type { AccessAnswer } from './transport.ts';

/**
 * A space the user lost (its grant revoked) leaves this machine at the next round: the copy must not keep
 * what its user may no longer read. First its unsynced edits move to the refused list — the server would
 * refuse them now, and the user should see them and may copy their values —, then its records, their field
 * history, its conflicts and anything kept of it for a later release are removed, and the sync state forgets
 * the space (a new grant brings it back by snapshot). Refused entries already in the list stay: they are the
 * user's own values.
 *
 * Never removed: the directory (everyone reads it), every space when the user is an administrator (they read
 * all without grants), and spaces that exist only on this machine — a programme or meeting created here
 * whose create is still waiting to be sent or was refused and kept as a local draft: the server has no
 * grant on them to give, so not having one is no revocation.
 */

/** Why an unsent edit of a lost space is refused on this machine, in Vietnamese and as a message key. */
export function revokedRefusal(spaceId: string): { reason: string; message: RefusalMessage } {
  const message: RefusalMessage = { key: 'space_revoked', params: { space: refusalSpace(spaceId) } };
  return {
    reason: formatRefusal(message, 'vi') ?? 'Bạn không còn quyền truy cập không gian dữ liệu này.',
    message,
  };
}

/**
 * The spaces this copy holds records of (an unsent edit's record is written here first, so the outbox adds
 * none), and of kept records of unknown entities — read from the `spaceId` indexes, without a scan.
 */
async function heldSpaces(db: LocalDb, entities: readonly string[]): Promise<Set<string>> {
  const keys = await Promise.all([
    ...entities.map((entity) => db.table(entity).orderBy('spaceId').uniqueKeys()),
    db.unknownChanges.orderBy('spaceId').uniqueKeys(),
  ]);
  return new Set(keys.flat().map(String));
}

/**
 * The spaces the user reads without being an administrator: the directory, their grants and their own
 * unit's space (its members read and write it without a grant).
 */
export function readableSpaces(access: Pick<AccessAnswer, 'user' | 'grants'>): string[] {
  const own = ownUnitSpace(access.user);
  return [
    ...new Set([DIRECTORY_SPACE, ...access.grants.map((grant) => grant.spaceId), ...(own ? [own] : [])]),
  ];
}

/** The spaces this copy holds that the access just answered no longer covers. */
export async function revokedSpaces(
  db: LocalDb,
  access: Pick<AccessAnswer, 'user' | 'grants'>,
  entities: readonly string[] = entityNames,
): Promise<string[]> {
  if (access.user.isAdmin) return [];
  const readable = new Set(readableSpaces(access));
  const unread = [...(await heldSpaces(db, entities))].filter(
    (space) => space !== DIRECTORY_SPACE && !readable.has(space),
  );
  // Most rounds end here; only then is the outbox read for spaces that exist on this machine only.
  if (unread.length === 0) return [];
  const onlyHere = await spacesOnlyHere(db);
  return unread.filter((space) => !onlyHere.has(space));
}

/** Removes the spaces the user lost, as above, in one transaction; returns them. */
export async function removeRevokedSpaces(
  db: LocalDb,
  access: Pick<AccessAnswer, 'user' | 'grants'>,
  now: number,
  entities: readonly string[] = entityNames,
): Promise<string[]> {
  const revoked = await revokedSpaces(db, access, entities);
  if (revoked.length === 0) return revoked;
  const lost = new Set(revoked);
  const tables = [
    ...entities.map((entity) => db.table(entity)),
    db.outbox,
    db.rejected,
    db.history,
    db.conflicts,
    db.unknownChanges,
    db.meta,
  ];
  await db.transaction('rw', tables, async () => {
    const unsent = await db.outbox.filter((entry) => lost.has(entry.spaceId)).toArray();
    for (const entry of unsent) {
      // Not a local draft: its record leaves with the space, so only the values remain, to copy.
      const { draft: _draft, ...refused } = refusedEntry(
        entry,
        { code: 'forbidden', held: null, ...revokedRefusal(entry.spaceId) },
        now,
      );
      await db.rejected.put(refused);
    }
    await db.outbox.bulkDelete(unsent.map((entry) => entry.seq).filter((seq) => seq !== undefined));
    // Drafts of records in a lost space keep their values, but no longer a record to go on editing.
    await db.rejected
      .filter((entry) => entry.draft === true && lost.has(entry.spaceId))
      .modify((entry) => {
        delete entry.draft;
      });
    const removed = await Promise.all(
      entities.map(async (entity) => {
        const ids = await db.table<unknown, string>(entity).where('spaceId').anyOf(revoked).primaryKeys();
        await db.table(entity).bulkDelete(ids);
        return ids;
      }),
    );
    const ids = removed.flat();
    if (ids.length > 0) await db.history.where('recordId').anyOf(ids).delete();
    await db.conflicts.filter((conflict) => lost.has(conflict.spaceId)).delete();
    await db.unknownChanges.where('spaceId').anyOf(revoked).delete();
    const { spaces } = await loadSyncState(db);
    await updateSyncState(db, { spaces: spaces.filter((space) => !lost.has(space)) });
  });
  return revoked;
}
