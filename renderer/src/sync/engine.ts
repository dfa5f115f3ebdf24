import { MAX_PULL_LIMIT } from '../../../shared/sync/protocol.ts';
import type { LocalDb } from '../db/local-db.ts';
import { applyPulledPage } from './apply-pull.ts';
import { applySnapshotPage, hasNoRecords } from './apply-snapshot.ts';
import { pushOutbox } from './push-outbox.ts';
import { clockOffsetFrom, loadSyncState, updateSyncState } from './sync-state.ts';
import { TransportError, type SyncTransport } from './transport.ts';

export interface SyncProgress {
  phase: 'snapshot' | 'push' | 'pull' | 'conflicts';
  /** Records or changes handled so far in this phase. */
  done: number;
}

export interface SyncReport {
  snapshotRecords: number;
  pushed: number;
  rejected: number;
  pulled: number;
  conflicts: number;
}

export interface SyncEngineOptions {
  db: LocalDb;
  transport: SyncTransport;
  now?: () => number;
  onProgress?: (progress: SyncProgress) => void;
  pullLimit?: number;
  /**
   * Records per snapshot page after the first (the first keeps the server's default, so the first screen
   * comes soon); bigger pages mean fewer transactions for the same records.
   */
  snapshotPageLimit?: number;
}

/**
 * One sync round of the working copy with the district server: the initial snapshot (first time, or
 * after "resync required"), then push the outbox, then pull what changed since the cursor. Each page is
 * applied in its own transaction, so an interrupted round resumes where it stopped.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, transport } = options;
  const now = options.now ?? Date.now;
  const progress = (phase: SyncProgress['phase'], done: number) => options.onProgress?.({ phase, done });

  async function learnClock(serverTime: number, sentAt: number): Promise<void> {
    await db.transaction('rw', db.meta, () =>
      updateSyncState(db, { clockOffsetMs: clockOffsetFrom(serverTime, sentAt, now()) }),
    );
  }

  /**
   * Pages are fetched one ahead: while a page is written, the next one is already on its way, so the
   * network and JSON parsing hide behind the writes. Each page is still applied (and its resume point
   * saved) in order, in its own transaction.
   */
  async function snapshot(): Promise<number> {
    const state = await loadSyncState(db);
    if (state.snapshotDone) return 0;
    const fresh = state.snapshotAfter === null ? await hasNoRecords(db) : state.snapshotFresh === true;
    const pageLimit = options.snapshotPageLimit ?? MAX_PULL_LIMIT;
    let count = 0;
    const request = (after: string | undefined) => {
      const sentAt = now();
      const page = after === undefined ? transport.snapshot() : transport.snapshot(after, pageLimit);
      page.catch(() => undefined); // awaited below; a failure while the previous page is written is not lost
      return { sentAt, page };
    };
    let next = request(state.snapshotAfter ?? undefined);
    for (;;) {
      const { sentAt, page: pending } = next;
      const page = await pending;
      if (page.after !== null) next = request(page.after);
      const clockOffsetMs = clockOffsetFrom(page.serverTime, sentAt, now());
      count += await applySnapshotPage(db, page, now(), { fresh, clockOffsetMs });
      progress('snapshot', count);
      if (page.after === null) return count;
    }
  }

  /** Like the snapshot, pulled pages are fetched one ahead of the one being written. */
  async function pull(allowMassDeletion: boolean): Promise<number> {
    let count = 0;
    const limit = options.pullLimit ?? MAX_PULL_LIMIT;
    const request = (cursor: number) => {
      const sentAt = now();
      const page = transport.pull(cursor, { limit });
      page.catch(() => undefined); // awaited below; a failure while the previous page is written is not lost
      return { sentAt, page };
    };
    let next = request((await loadSyncState(db)).cursor);
    for (;;) {
      const { sentAt, page: pending } = next;
      const page = await pending;
      if (page.hasMore) next = request(page.cursor);
      await learnClock(page.serverTime, sentAt);
      count += await applyPulledPage(db, page, now(), { allowMassDeletion });
      progress('pull', count);
      if (!page.hasMore) return count;
    }
  }

  async function restartFromSnapshot(): Promise<void> {
    await db.transaction('rw', db.meta, () =>
      updateSyncState(db, { snapshotDone: false, snapshotAfter: null, cursor: 0 }),
    );
  }

  return {
    /** One full round. `allowMassDeletion` after the user confirmed a large deletion. */
    async syncOnce(round: { allowMassDeletion?: boolean } = {}): Promise<SyncReport> {
      const report: SyncReport = { snapshotRecords: 0, pushed: 0, rejected: 0, pulled: 0, conflicts: 0 };
      const spaces = await transport.grants();
      const state = await loadSyncState(db);
      // A space granted since the last snapshot is backfilled: a new snapshot merges in what is missing.
      if (state.snapshotDone && spaces.some((space) => !state.spaces.includes(space)))
        await restartFromSnapshot();
      report.snapshotRecords = await snapshot();
      await db.transaction('rw', db.meta, () => updateSyncState(db, { spaces }));
      const pushed = await pushOutbox(db, transport, now);
      report.pushed = pushed.accepted;
      report.rejected = pushed.rejected;
      progress('push', pushed.accepted + pushed.rejected);
      try {
        report.pulled = await pull(round.allowMassDeletion ?? false);
      } catch (error) {
        if (!(error instanceof TransportError) || error.code !== 'resync_required') throw error;
        await restartFromSnapshot();
        report.snapshotRecords += await snapshot();
        report.pulled = await pull(round.allowMassDeletion ?? false);
      }
      const { conflicts } = await transport.conflicts();
      await db.transaction('rw', db.conflicts, () => db.conflicts.bulkPut(conflicts));
      report.conflicts = conflicts.filter((c) => c.resolvedAt === null).length;
      progress('conflicts', report.conflicts);
      await db.transaction('rw', db.meta, () => updateSyncState(db, { lastSyncAt: now() }));
      return report;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
