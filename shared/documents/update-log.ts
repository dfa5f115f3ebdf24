import * as Y from 'yjs';
import { mergeMany } from './merge-many.ts';

/**
 * The local log of a Yjs document's updates, as pure functions over an in-memory value. The renderer backs
 * it with one Dexie table later (`docUpdates: '++seq, docId'`); each function here says which rows change,
 * so the Dexie version runs the same logic inside one 'rw' transaction. Why our own table and not y-dexie:
 * see README.md.
 *
 * The invariant everything below keeps: a row with `unsent: 1` (a local edit the server has not
 * acknowledged) is never merged, rewritten or deleted, except by `dropDoc` when the server's epoch is newer.
 */

/** One stored V2 update. `unsent` is 0 | 1, not a boolean, because IndexedDB cannot index booleans. */
export interface UpdateRow {
  readonly docId: string;
  /** Position in the log; only ever grows, never reused (like IndexedDB's `++seq` key generator). */
  readonly seq: number;
  readonly update: Uint8Array;
  /** 1: made on this machine and not yet acknowledged by the server. 0: acknowledged, or from the server. */
  readonly unsent: 0 | 1;
}

export interface UpdateLog {
  readonly rows: readonly UpdateRow[];
  /**
   * The highest seq ever handed out. Kept apart from the rows: were the next seq "max seq + 1", deleting
   * the newest row (a compaction, a dropped doc) would hand its seq out again, and a late acknowledgement
   * of the old row would mark a new, unsent edit as sent.
   */
  readonly lastSeq: number;
}

export const emptyUpdateLog: UpdateLog = { rows: [], lastSeq: 0 };

const bySeq = (a: UpdateRow, b: UpdateRow): number => a.seq - b.seq;

/** The rows of one doc in seq order. */
export function docRows(log: UpdateLog, docId: string): UpdateRow[] {
  return log.rows.filter((row) => row.docId === docId).sort(bySeq);
}

/**
 * Appends one update. `unsent: 1` for a local edit (a Y.Doc 'updateV2' event whose origin is not the
 * sync loop), `0` for an update received from the server.
 */
export function appendUpdate(
  log: UpdateLog,
  docId: string,
  update: Uint8Array,
  unsent: 0 | 1,
): { log: UpdateLog; row: UpdateRow } {
  const row: UpdateRow = { docId, seq: log.lastSeq + 1, update, unsent };
  return { log: { rows: [...log.rows, row], lastSeq: row.seq }, row };
}

/** What the sync loop sends: the doc's unsent updates merged into one, and exactly which rows they were. */
export interface OutgoingBatch {
  readonly docId: string;
  readonly update: Uint8Array;
  readonly seqs: readonly number[];
}

/** The doc's unsent rows as one batch, or null when nothing waits to be sent. Changes nothing. */
export function outgoingBatch(log: UpdateLog, docId: string): OutgoingBatch | null {
  const unsent = docRows(log, docId).filter((row) => row.unsent === 1);
  const [first, ...more] = unsent;
  if (!first) return null;
  const update = more.length === 0 ? first.update : mergeMany(unsent.map((row) => row.update));
  return { docId, update, seqs: unsent.map((row) => row.seq) };
}

/**
 * Marks as sent exactly the rows the server acknowledged (the batch's `seqs`), nothing else: an edit
 * appended while the batch was in flight stays unsent. Seqs no longer present (a dropped doc) are ignored.
 */
export function markSent(log: UpdateLog, docId: string, seqs: readonly number[]): UpdateLog {
  const acked = new Set(seqs);
  const rows = log.rows.map((row) =>
    row.docId === docId && row.unsent === 1 && acked.has(row.seq) ? { ...row, unsent: 0 as const } : row,
  );
  return { ...log, rows };
}

/** Which rows a compaction removes and the one row that replaces them. */
export interface CompactionPlan {
  readonly docId: string;
  readonly deleteSeqs: readonly number[];
  /** Keeps the highest merged seq, so seqs stay unique and `lastSeq` is untouched. */
  readonly put: UpdateRow;
}

/**
 * Plans merging the doc's SENT rows into one with Y.mergeUpdatesV2 (no Y.Doc, no GC: the merged update
 * holds exactly what the rows held). Unsent rows are not read, merged or deleted. Null when fewer than two
 * sent rows exist. In Dexie: read the doc's rows, plan, then `bulkDelete(deleteSeqs)` and `put(put)` in
 * the same transaction, so a row marked sent meanwhile cannot be missed.
 */
export function planCompaction(log: UpdateLog, docId: string): CompactionPlan | null {
  const sent = docRows(log, docId).filter((row) => row.unsent === 0);
  const last = sent.at(-1);
  if (!last || sent.length < 2) return null;
  const update = mergeMany(sent.map((row) => row.update));
  const seq = last.seq;
  return {
    docId,
    deleteSeqs: sent.slice(0, -1).map((row) => row.seq),
    put: { docId, seq, update, unsent: 0 },
  };
}

export function applyCompaction(log: UpdateLog, plan: CompactionPlan): UpdateLog {
  const deleted = new Set(plan.deleteSeqs);
  const rows = log.rows
    .filter((row) => !(row.docId === plan.docId && deleted.has(row.seq)))
    .map((row) => (row.docId === plan.docId && row.seq === plan.put.seq ? plan.put : row));
  return { ...log, rows };
}

/** Compacts the doc's sent rows; returns the log unchanged when there is nothing to merge. */
export function compact(log: UpdateLog, docId: string): UpdateLog {
  const plan = planCompaction(log, docId);
  return plan ? applyCompaction(log, plan) : log;
}

/**
 * Loads the doc: applies every row, sent and unsent, in one transaction with `origin`, so the observer
 * that appends local edits can skip them (they are already stored). Returns how many rows were applied.
 */
export function loadInto(doc: Y.Doc, log: UpdateLog, docId: string, origin: unknown): number {
  const rows = docRows(log, docId);
  doc.transact(() => {
    for (const row of rows) Y.applyUpdateV2(doc, row.update, origin);
  }, origin);
  return rows.length;
}

/** Removes every row of the doc, unsent ones too. Only for `epochAction(...) === 'drop-and-refetch'`. */
export function dropDoc(log: UpdateLog, docId: string): UpdateLog {
  return { ...log, rows: log.rows.filter((row) => row.docId !== docId) };
}

/**
 * The server bumps a document's epoch when it rebuilds the document (a restore, a re-seed): the new state
 * shares no history with the old, so merging a local copy into it would duplicate everything.
 * - 'in-sync': same epoch, sync as usual.
 * - 'drop-and-refetch': the server's epoch is newer: drop the local rows and the open Y.Doc, then fetch
 *   the document afresh. Unsent local edits of the old epoch are lost by design (offer their text to the
 *   user before dropping if that matters).
 * - 'server-behind': the local epoch is newer than the server's (a server restored from an old backup):
 *   send nothing, keep the rows, report it.
 * A document created on this machine starts at epoch 1, the server's first epoch, so the creator's offline
 * rows (seed included) are never dropped on first contact. A doc this machine has never stored has no rows
 * and no epoch: just fetch it.
 */
export type EpochAction = 'in-sync' | 'drop-and-refetch' | 'server-behind';

export const FIRST_EPOCH = 1;

export function epochAction(localEpoch: number, serverEpoch: number): EpochAction {
  if (serverEpoch > localEpoch) return 'drop-and-refetch';
  return serverEpoch === localEpoch ? 'in-sync' : 'server-behind';
}
