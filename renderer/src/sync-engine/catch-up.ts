import { MAX_PULL_LIMIT } from '../../../shared/sync/protocol.ts';
import type { LocalDb } from '../db/local-db.ts';
import { applyPulledPage } from './apply-pull.ts';
import { applySnapshotPage, hasNoRecords } from './apply-snapshot.ts';
import { clockOffsetFrom, loadSyncState, updateSyncState } from './sync-state.ts';
import { TransportError, type SyncTransport } from './transport.ts';

/** Resyncs one round may start before it gives up until the next round. */
const MAX_RESYNCS_PER_ROUND = 3;

/** What the snapshot and the pull need of the engine (engine.ts). */
export interface CatchUpContext {
  db: LocalDb;
  transport: SyncTransport;
  now: () => number;
  entities: readonly string[];
  progress: (phase: 'snapshot' | 'pull', done: number) => void;
  pullLimit?: number;
  snapshotPageLimit?: number;
  allowMassDeletion: boolean;
}

/**
 * Pages are fetched one ahead: while a page is written, the next one is already on its way, so the
 * network and JSON parsing hide behind the writes. Each page is still applied (and its resume point
 * saved) in order, in its own transaction.
 */
function oneAhead<T>(now: () => number, fetch: () => Promise<T>) {
  const sentAt = now();
  const page = fetch();
  page.catch(() => undefined); // awaited by the caller; a failure while the previous page is written is not lost
  return { sentAt, page };
}

async function snapshot(ctx: CatchUpContext): Promise<number> {
  const { db, transport, now, entities } = ctx;
  const state = await loadSyncState(db);
  if (state.snapshotDone) return 0;
  const fresh =
    state.snapshotAfter === null ? await hasNoRecords(db, entities) : state.snapshotFresh === true;
  const pageLimit = ctx.snapshotPageLimit ?? MAX_PULL_LIMIT;
  // The first page keeps the server's default size, so the first screen comes soon.
  const request = (after: string | undefined) =>
    oneAhead(now, () => (after === undefined ? transport.snapshot() : transport.snapshot(after, pageLimit)));
  let count = 0;
  let next = request(state.snapshotAfter ?? undefined);
  for (;;) {
    const { sentAt, page: pending } = next;
    const page = await pending;
    if (page.after !== null) next = request(page.after);
    const clockOffsetMs = clockOffsetFrom(page.serverTime, sentAt, now());
    const { allowMassDeletion } = ctx;
    count += await applySnapshotPage(db, page, now(), { fresh, clockOffsetMs, allowMassDeletion, entities });
    ctx.progress('snapshot', count);
    if (page.after === null) return count;
  }
}

/** Like the snapshot, pulled pages are fetched one ahead of the one being written. */
async function pull(ctx: CatchUpContext): Promise<number> {
  const { db, transport, now, entities, allowMassDeletion } = ctx;
  const limit = ctx.pullLimit ?? MAX_PULL_LIMIT;
  const request = (cursor: number) => oneAhead(now, () => transport.pull(cursor, { limit }));
  let count = 0;
  let next = request((await loadSyncState(db)).cursor);
  for (;;) {
    const { sentAt, page: pending } = next;
    const page = await pending;
    if (page.hasMore) next = request(page.cursor);
    const clockOffsetMs = clockOffsetFrom(page.serverTime, sentAt, now());
    await db.transaction('rw', db.meta, () => updateSyncState(db, { clockOffsetMs }));
    count += await applyPulledPage(db, page, now(), { allowMassDeletion, entities });
    ctx.progress('pull', count);
    if (!page.hasMore) return count;
  }
}

async function restartFromSnapshot(db: LocalDb): Promise<void> {
  await db.transaction('rw', db.meta, () =>
    // The deletion counts start again with the snapshot (and the pull after it).
    updateSyncState(db, {
      snapshotDone: false,
      snapshotAfter: null,
      cursor: 0,
      snapshotTally: null,
      pullTally: null,
    }),
  );
}

/**
 * Snapshot (first time, after a grant, or after "resync required") then pull, as one path: whichever
 * of them answers `resync_required` (the space order moved between snapshot pages, or the log was
 * compacted past our cursor), the round starts the snapshot over and goes on — a stale resume point is
 * never asked for twice. Bounded, so a server that keeps answering 410 fails the round instead of
 * spinning; the next round tries again (the outbox has already been pushed).
 */
export async function catchUp(ctx: CatchUpContext, spaces: string[]) {
  const { db } = ctx;
  let snapshotRecords = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const state = await loadSyncState(db);
      // A space granted since the last snapshot is backfilled: a new snapshot merges in what is missing.
      if (state.snapshotDone && spaces.some((space) => !state.spaces.includes(space)))
        await restartFromSnapshot(db);
      snapshotRecords += await snapshot(ctx);
      await db.transaction('rw', db.meta, () => updateSyncState(db, { spaces }));
      return { snapshotRecords, pulled: await pull(ctx) };
    } catch (error) {
      const resync = error instanceof TransportError && error.code === 'resync_required';
      if (!resync || attempt >= MAX_RESYNCS_PER_ROUND) throw error;
      await restartFromSnapshot(db);
    }
  }
}
