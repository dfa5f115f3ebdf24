import type { LocalDb } from '../db/local-db.ts';
import { MassDeletionPending } from './apply-pull.ts';
import type { SyncEngine } from './engine.ts';
import { TransportError } from './transport.ts';
import type { SyncStatus } from '../state/sync-store.ts';

type StatusPatch = Partial<Omit<SyncStatus, 'set'>>;

export interface SchedulerOptions {
  engine: SyncEngine;
  db: LocalDb;
  report: (patch: StatusPatch) => void;
  /**
   * How long to wait after an edit before pushing it: long enough to gather the writes of one action
   * (a bulk edit, a pasted block), short enough that others see the edit at once.
   */
  debounceMs?: number;
  /** A steady stream of edits still syncs at least this often. */
  maxWaitMs?: number;
  periodMs?: number;
}

/**
 * When to sync: at start, shortly after local edits, when the server says there is news, when the network
 * comes back, and every minute. One round at a time; a request during a round runs one more round after.
 * Failures back off (5 s doubling to 5 min) and never touch the outbox.
 */
export function createSyncScheduler(options: SchedulerOptions) {
  const debounceMs = options.debounceMs ?? 40;
  const maxWaitMs = options.maxWaitMs ?? 1_000;
  /** When the oldest edit not yet taken by a round was written. */
  let pendingSince: number | null = null;
  let running = false;
  let again = false;
  let stopped = false;
  let allowMassDeletion = false;
  let backoffMs = 5_000;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const later = (ms: number) => {
    if (timer) clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void run(), ms);
  };
  /**
   * A round is wanted (an edit, a notice): during a round it runs one more right after — a timer set now
   * could be replaced by the round's own "next period" timer and the edit would wait a whole period.
   */
  const soon = (ms: number) => {
    if (running) again = true;
    else later(ms);
  };

  const failed = (error: unknown): StatusPatch => {
    if (error instanceof MassDeletionPending) {
      return {
        phase: 'confirm_deletion',
        massDeletion: { deletions: error.deletions, liveRecords: error.liveRecords },
      };
    }
    if (error instanceof TransportError) {
      if (error.code === 'offline') return { phase: 'offline', error: null };
      if (error.code === 'unauthorized') return { phase: 'signed_out', error: error.message };
      if (error.code === 'update_required') return { phase: 'update_required', error: error.message };
      return { phase: 'error', error: error.message };
    }
    return { phase: 'error', error: String(error instanceof Error ? error.message : error) };
  };

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    pendingSince = null;
    options.report({ phase: 'syncing', error: null });
    try {
      await options.engine.syncOnce({ allowMassDeletion });
      allowMassDeletion = false;
      backoffMs = 5_000;
      options.report({ phase: 'idle', lastSyncAt: Date.now(), progress: null, massDeletion: null });
      later(options.periodMs ?? 60_000);
    } catch (error) {
      const patch = failed(error);
      options.report({ ...patch, progress: null });
      if (patch.phase === 'offline' || patch.phase === 'error') later(backoffMs);
      backoffMs = Math.min(backoffMs * 2, 300_000);
    } finally {
      running = false;
      if (again) {
        again = false;
        void run();
      }
    }
  }

  const onOutbox = () => {
    const now = Date.now();
    pendingSince ??= now;
    soon(Math.max(0, Math.min(debounceMs, pendingSince + maxWaitMs - now)));
  };
  options.db.outbox.hook('creating', onOutbox);

  return {
    /** Sync now (after an edit, a live notice, the network coming back). */
    request: (delayMs = 0) => soon(delayMs),
    /** The user confirmed a large deletion: the next round may apply it. */
    confirmDeletion() {
      allowMassDeletion = true;
      soon(0);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      options.db.outbox.hook('creating').unsubscribe(onOutbox);
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
