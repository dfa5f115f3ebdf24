import type * as Y from 'yjs';
import type { LocalDb } from '../db/local-db.ts';
import { writeCheckpoint, type CheckpointBase } from './doc-checkpoint.ts';

/** When an open document writes a new checkpoint (doc-checkpoint.ts). */
export interface CheckpointPolicy {
  /** Soon after opening, when the open read more rows than this after the checkpoint. */
  openTail: number;
  /** While open, after this many updates (local edits and received ones) since the last checkpoint. */
  everyUpdates: number;
  /** The write waits for a pause in typing this long… */
  idleMs: number;
  /** …but not longer than this after it became due. */
  maxWaitMs: number;
}

/**
 * Encoding a 50-page minutes document takes a few milliseconds (bench/README.md, "Documents"), so once
 * every 500 updates, in a pause, costs typing nothing, and an open reads at most ~500 rows after it.
 */
export const DEFAULT_CHECKPOINT_POLICY: CheckpointPolicy = {
  openTail: 200,
  everyUpdates: 500,
  idleMs: 2_000,
  maxWaitMs: 15_000,
};

export interface CheckpointWriter {
  /** The open read `tail` rows after its checkpoint. */
  opened(tail: number): void;
  /** The doc took an update (not one loaded from the log). */
  updated(): void;
  /** Writes one now (after any write in progress); the seq written, or null. */
  writeNow(): Promise<number | null>;
  /** The doc was closed or evicted: nothing more is written. */
  stop(): void;
}

/** The background checkpoints of one open Y.Doc: debounced, one at a time, never after `stop`. */
export function createCheckpointWriter(
  db: LocalDb,
  docId: string,
  doc: Y.Doc,
  loaded: CheckpointBase,
  policy: CheckpointPolicy,
): CheckpointWriter {
  let base = loaded;
  let since = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = 0;
  let stopped = false;
  let writing: Promise<number | null> = Promise.resolve(null);

  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const writeNow = () => {
    clear();
    since = 0;
    writing = writing.then(async () => {
      if (stopped) return null;
      // Only a shortcut: a failed write leaves the previous checkpoint (or none), and the rows.
      const written = await writeCheckpoint(db, docId, doc, base).catch(() => null);
      if (written !== null) base = { ...base, upToSeq: written };
      return written;
    });
    return writing;
  };
  const arm = () => {
    if (stopped) return;
    const now = Date.now();
    if (timer) clearTimeout(timer);
    else dueAt = now;
    const wait = Math.max(0, Math.min(policy.idleMs, dueAt + policy.maxWaitMs - now));
    timer = setTimeout(() => void writeNow(), wait);
  };

  return {
    opened: (tail) => {
      if (tail > policy.openTail) arm();
    },
    updated: () => {
      since += 1;
      if (timer || since >= policy.everyUpdates) arm();
    },
    writeNow,
    stop: () => {
      stopped = true;
      clear();
    },
  };
}
