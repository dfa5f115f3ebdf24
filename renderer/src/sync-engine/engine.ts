import { entityNames } from '../../../shared/domain/registry.ts';
import { MAX_PULL_LIMIT } from '../../../shared/sync/protocol.ts';
import type { LocalDb } from '../db/local-db.ts';
import { applyPulledPage } from './apply-pull.ts';
import { applySnapshotPage, hasNoRecords } from './apply-snapshot.ts';
import { pushOutbox } from './push-outbox.ts';
import { clockOffsetFrom, loadSyncState, updateSyncState } from './sync-state.ts';
import { rebaseFutureStamps } from './rebase-stamps.ts';
import { removeRevokedSpaces } from './revoked-spaces.ts';
import { TransportError, type AccessAnswer, type SyncTransport } from './transport.ts';
import { applyLearnedEntities } from './unknown-entities.ts';

/** Resyncs one round may start before it gives up until the next round. */
const MAX_RESYNCS_PER_ROUND = 3;

/** The open copy belongs to another account than the one signed in: nothing is pushed or pulled. */
export class WrongCopyError extends Error {
  readonly owner: string;
  readonly signedIn: string;
  constructor(owner: string, signedIn: string) {
    super(
      `Bản sao dữ liệu này của tài khoản ${owner}, không phải ${signedIn}: mở lại ứng dụng để dùng đúng bản sao.`,
    );
    this.name = 'WrongCopyError';
    this.owner = owner;
    this.signedIn = signedIn;
  }
}

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
  /**
   * The entities this release knows, each with its table (the registry's by default; tests add one to play
   * an upgrade). Changes and records of any other are kept until a release that knows them opens the copy.
   */
  entities?: readonly string[];
}

/**
 * One sync round of the working copy with the district server: who we are (and the clock), then push the
 * outbox, then the snapshot (first time, after a grant, or after "resync required") and pull what changed
 * since the cursor. Each page is applied in its own transaction, so an interrupted round resumes where it
 * stopped.
 */
export function createSyncEngine(options: SyncEngineOptions) {
  const { db, transport } = options;
  const now = options.now ?? Date.now;
  const entities = options.entities ?? entityNames;
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
  async function snapshot(allowMassDeletion: boolean): Promise<number> {
    const state = await loadSyncState(db);
    if (state.snapshotDone) return 0;
    const fresh =
      state.snapshotAfter === null ? await hasNoRecords(db, entities) : state.snapshotFresh === true;
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
      count += await applySnapshotPage(db, page, now(), {
        fresh,
        clockOffsetMs,
        allowMassDeletion,
        entities,
      });
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
      count += await applyPulledPage(db, page, now(), { allowMassDeletion, entities });
      progress('pull', count);
      if (!page.hasMore) return count;
    }
  }

  async function restartFromSnapshot(): Promise<void> {
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
   * Who we are, checked before anything moves: a copy bound to another account is never pushed or
   * pulled as this one. The answer's server time corrects the clock before the outbox is read, and the
   * user and grants are saved for the screens (they decide edit controls by the server's rules).
   */
  async function learnAccess(): Promise<AccessAnswer> {
    const sentAt = now();
    const access = await transport.access();
    // The copy is bound to the first account that syncs it (SyncState.userId), and to its owner once the
    // app has named one (meta 'owner', with the server): any other account is refused before a push.
    const [owner, state] = await Promise.all([db.meta.get('owner'), loadSyncState(db)]);
    if (owner?.key === 'owner' && owner.value.userId !== access.user.id)
      throw new WrongCopyError(owner.value.username, access.user.username);
    if (state.userId !== null && state.userId !== access.user.id)
      throw new WrongCopyError(state.userId, access.user.username);
    await db.transaction('rw', db.meta, async () => {
      await updateSyncState(db, {
        userId: access.user.id,
        clockOffsetMs: clockOffsetFrom(access.serverTime, sentAt, now()),
      });
      await db.meta.put({
        key: 'access',
        value: { user: access.user, grants: access.grants, at: now() },
      });
    });
    return access;
  }

  /**
   * Snapshot (first time, after a grant, or after "resync required") then pull, as one path: whichever
   * of them answers `resync_required` (the space order moved between snapshot pages, or the log was
   * compacted past our cursor), the round starts the snapshot over and goes on — a stale resume point is
   * never asked for twice. Bounded, so a server that keeps answering 410 fails the round instead of
   * spinning; the next round tries again (the outbox has already been pushed).
   */
  async function catchUp(spaces: string[], allowMassDeletion: boolean) {
    let snapshotRecords = 0;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const state = await loadSyncState(db);
        // A space granted since the last snapshot is backfilled: a new snapshot merges in what is missing.
        if (state.snapshotDone && spaces.some((space) => !state.spaces.includes(space)))
          await restartFromSnapshot();
        snapshotRecords += await snapshot(allowMassDeletion);
        await db.transaction('rw', db.meta, () => updateSyncState(db, { spaces }));
        return { snapshotRecords, pulled: await pull(allowMassDeletion) };
      } catch (error) {
        const resync = error instanceof TransportError && error.code === 'resync_required';
        if (!resync || attempt >= MAX_RESYNCS_PER_ROUND) throw error;
        await restartFromSnapshot();
      }
    }
  }

  return {
    /** One full round. `allowMassDeletion` after the user confirmed a large deletion. */
    async syncOnce(round: { allowMassDeletion?: boolean } = {}): Promise<SyncReport> {
      const report: SyncReport = { snapshotRecords: 0, pushed: 0, rejected: 0, pulled: 0, conflicts: 0 };
      // Kept records of entities this release has since learned (an upgrade) join their tables first,
      // offline too: they need no server.
      await applyLearnedEntities(db, entities, now());
      const access = await learnAccess();
      // A space the user lost leaves before the push: its unsent edits are shown as refused, not sent.
      await removeRevokedSpaces(db, access, now(), entities);
      await rebaseFutureStamps(db, now());
      // The outbox goes first: offline edits leave the machine whatever state the snapshot or pull is in.
      const pushed = await pushOutbox(db, transport, now);
      report.pushed = pushed.accepted;
      report.rejected = pushed.rejected;
      progress('push', pushed.accepted + pushed.rejected);
      const caught = await catchUp(
        access.grants.map((grant) => grant.spaceId),
        round.allowMassDeletion ?? false,
      );
      report.snapshotRecords = caught.snapshotRecords;
      report.pulled = caught.pulled;
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
