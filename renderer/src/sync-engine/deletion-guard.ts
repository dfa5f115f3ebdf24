import type { DeletionTally, LocalDb } from '../db/local-db.ts';

/**
 * The mass-deletion stop. A pull or a snapshot that would delete more than half of the live records this
 * replica held when it began stops and asks the user ("Đồng ý xoá"), counted over the whole pull or
 * snapshot, not page by page: the deletions of the pages applied so far are kept in the sync state with
 * the resume point, and the page that would take the total past half is not applied — the cursor (or the
 * snapshot's resume point) stays before it, so nothing is skipped, and every round asks again at that page
 * until the user agrees.
 *
 * What counts as a deletion: a record this replica holds live that a page turns into a tombstone (the
 * server's delete wins the merge). For a snapshot that is a tombstone it carries for a live record here;
 * records the replica holds that the complete snapshot does not contain are not deleted by it (it only
 * merges: they are creates still waiting to be sent, or spaces that exist only here) and do not count. A
 * space the user lost is removed by its own rule (`revoked-spaces.ts`): that drops a copy the server still
 * holds, not data, and is not counted either.
 */
export class MassDeletionPending extends Error {
  readonly deletions: number;
  readonly liveRecords: number;
  constructor(deletions: number, liveRecords: number) {
    super(`A sync would delete ${deletions} of ${liveRecords} local records`);
    this.name = 'MassDeletionPending';
    this.deletions = deletions;
    this.liveRecords = liveRecords;
  }
}

/** Below this many local records the guard stays quiet: a nearly empty replica has little to lose. */
export const GUARD_MIN_RECORDS = 20;

/** Live (not deleted) records of the given entities; their tables index `_deleted`, so no scan. */
export async function liveRecords(db: LocalDb, entities: readonly string[]): Promise<number> {
  const counts = await Promise.all(
    entities.map((entity) => db.table(entity).where('_deleted').equals(0).count()),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * The count a page starts from: the one saved by the pages before it, or — on the first page of a pull
 * or snapshot — the live records now, with no deletion yet. Call inside the page's transaction, before
 * anything of the page is written.
 */
export async function tallyBefore(
  db: LocalDb,
  entities: readonly string[],
  saved: DeletionTally | null | undefined,
): Promise<DeletionTally> {
  return saved ?? { liveAtStart: await liveRecords(db, entities), deletions: 0 };
}

/**
 * The count after a page with `deletions`, or MassDeletionPending (thrown inside the page's transaction,
 * so the page is not applied). With the user's agreement the page goes through and the count is cleared:
 * the agreement covers what was applied, and counting starts again from the records left.
 */
export function tallyAfter(tally: DeletionTally, deletions: number, allowed: boolean): DeletionTally | null {
  if (allowed) return null;
  const total = tally.deletions + deletions;
  if (deletions > 0 && tally.liveAtStart >= GUARD_MIN_RECORDS && total * 2 > tally.liveAtStart)
    throw new MassDeletionPending(total, tally.liveAtStart);
  return { liveAtStart: tally.liveAtStart, deletions: total };
}
