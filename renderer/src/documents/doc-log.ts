import Dexie from 'dexie';
import { mergeMany } from '../../../shared/documents/merge-many.ts';
import type { LocalDb } from '../db/local-db.ts';
import type { DocState, DocUpdateRow } from './doc-rows.ts';

/**
 * The document log in Dexie: the rules of shared/documents/update-log.ts, each step in one transaction.
 * An unsent row is only ever written by `appendRow` and changed by `markSent`; compaction never reads it.
 */

export type StoredRow = DocUpdateRow & { seq: number };

export async function readRows(db: LocalDb, docId: string): Promise<StoredRow[]> {
  return rowsAfter(db, docId, Dexie.minKey as number);
}

/** The document's rows with a seq above `seq`, in seq order (the `[docId+seq]` index: no sort). */
export async function rowsAfter(db: LocalDb, docId: string, seq: number): Promise<StoredRow[]> {
  const rows = await db.docUpdates
    .where('[docId+seq]')
    .between([docId, seq], [docId, Dexie.maxKey], false, true)
    .toArray();
  return rows as StoredRow[];
}

/**
 * Counts, per working copy, the times this window dropped rows of a document (`dropDoc`) or of all of
 * them (a restore). An open Y.Doc remembers the count it was loaded at: once it changed, its state may
 * hold words the log no longer has, and it must not be written as a checkpoint (doc-checkpoint.ts).
 */
const drops = new WeakMap<LocalDb, Map<string | null, number>>();

export function dropCount(db: LocalDb, docId: string): number {
  const counts = drops.get(db);
  return (counts?.get(null) ?? 0) + (counts?.get(docId) ?? 0);
}

/** Notes that rows of `docId` (null: of every document) are being dropped or replaced. */
export function noteDropped(db: LocalDb, docId: string | null): void {
  const counts = drops.get(db) ?? new Map<string | null, number>();
  counts.set(docId, (counts.get(docId) ?? 0) + 1);
  drops.set(db, counts);
}

export async function appendRow(
  db: LocalDb,
  docId: string,
  update: Uint8Array,
  unsent: 0 | 1,
): Promise<number> {
  return db.docUpdates.add({ docId, update, unsent });
}

export async function unsentRows(db: LocalDb, docId: string): Promise<StoredRow[]> {
  const rows = await db.docUpdates.where('[docId+unsent]').equals([docId, 1]).sortBy('seq');
  return rows as StoredRow[];
}

/** Marks exactly the acknowledged rows as sent; a row typed while the batch was in flight stays unsent. */
export async function markSent(db: LocalDb, seqs: readonly number[]): Promise<void> {
  await db.transaction('rw', db.docUpdates, async () => {
    for (const seq of seqs) await db.docUpdates.update(seq, { unsent: 0 });
  });
}

/**
 * Merges the document's SENT rows into one (no Y.Doc, nothing dropped); unsent rows are not touched.
 * A checkpoint stays valid: the merged row takes the HIGHEST seq of the rows it replaces, so no content
 * moves below a checkpoint's `upToSeq` — what was at or below it is in the checkpoint, and what was above
 * it is in the merged row, which is still above it and read at open.
 */
export async function compactSent(db: LocalDb, docId: string): Promise<number> {
  return db.transaction('rw', db.docUpdates, async () => {
    const sent = (await db.docUpdates
      .where('[docId+unsent]')
      .equals([docId, 0])
      .sortBy('seq')) as StoredRow[];
    const last = sent.at(-1);
    if (!last || sent.length < 2) return 0;
    const update = mergeMany(sent.map((row) => row.update));
    await db.docUpdates.bulkDelete(sent.slice(0, -1).map((row) => row.seq));
    await db.docUpdates.put({ seq: last.seq, docId, update, unsent: 0 });
    return sent.length - 1;
  });
}

/**
 * Every row of the document, unsent ones too, its server state and its checkpoint (it holds the dropped
 * words): only when the server's copy is another incarnation or refused them.
 */
export async function dropDoc(db: LocalDb, docId: string): Promise<void> {
  noteDropped(db, docId);
  await db.transaction('rw', db.docUpdates, db.docState, db.docCheckpoints, async () => {
    await db.docUpdates.where('docId').equals(docId).delete();
    await db.docState.delete(docId);
    await db.docCheckpoints.delete(docId);
  });
  // Again once done: a Y.Doc loaded while the rows were being deleted is as stale as one loaded before.
  noteDropped(db, docId);
}

export async function docState(db: LocalDb, docId: string): Promise<DocState> {
  return (
    (await db.docState.get(docId)) ?? { docId, epoch: null, serverSeq: 0, lastSyncAt: null, lastError: null }
  );
}

export async function saveDocState(db: LocalDb, docId: string, patch: Partial<Omit<DocState, 'docId'>>) {
  await db.transaction('rw', db.docState, async () => {
    await db.docState.put({ ...(await docState(db, docId)), ...patch, docId });
  });
}

/** The ids of every document this copy holds rows of. */
export async function storedDocIds(db: LocalDb): Promise<string[]> {
  return (await db.docUpdates.orderBy('docId').uniqueKeys()).map(String);
}
