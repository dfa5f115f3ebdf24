import * as Y from 'yjs';
import type { LocalDb } from '../db/local-db.ts';
import { dropCount, rowsAfter, type StoredRow } from './doc-log.ts';
import type { DocCheckpoint } from './doc-rows.ts';

/**
 * Checkpoints: the whole state of an open document as one V2 update, with the highest seq of the log
 * whose rows it holds, so opening reads one update and the rows after it (open-document.ts). Only a
 * shortcut: the rows stay as they are (unsent ones unsent), and a missing, damaged or dropped checkpoint
 * means reading every row, as before.
 *
 * The seq a checkpoint claims is never taken from bookkeeping of what was appended (a row appended by the
 * sync for a document it did not see open, another window, a compaction's merged row would slip past it)
 * but checked against the state itself: `upToSeq` is the highest seq S such that every row in (the seq the
 * document was loaded up to, S] is held by the state written — its inserts below the state vector, its
 * deletions in the delete set — so skipping those rows at the next open loses nothing.
 */

export async function readCheckpoint(db: LocalDb, docId: string): Promise<DocCheckpoint | undefined> {
  return db.docCheckpoints.get(docId);
}

export async function deleteCheckpoint(db: LocalDb, docId: string): Promise<void> {
  await db.docCheckpoints.delete(docId);
}

/** A checkpoint that can be used at all (a stored value of another shape is as good as a damaged one). */
export function wellFormed(checkpoint: DocCheckpoint): boolean {
  // By its tag, not `instanceof`: IndexedDB may hand back bytes of another realm (a test's jsdom).
  const bytes = Object.prototype.toString.call(checkpoint.update) === '[object Uint8Array]';
  return bytes && Number.isSafeInteger(checkpoint.upToSeq);
}

type DeleteItems = ReadonlyArray<{ clock: number; len: number }>;

/** Whether [clock, clock + len) lies inside one range of a sorted, merged delete list. */
function deletedIn(items: DeleteItems | undefined, clock: number, len: number): boolean {
  if (!items) return false;
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle] as { clock: number; len: number };
    if (item.clock + item.len <= clock) low = middle + 1;
    else if (item.clock > clock) high = middle - 1;
    else return clock + len <= item.clock + item.len;
  }
  return false;
}

/**
 * Whether everything `update` holds is already in the state `snapshot` describes: applying it there would
 * change nothing. An update that does not decode is not held.
 */
export function snapshotHolds(snapshot: Y.Snapshot, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdateV2>;
  try {
    decoded = Y.decodeUpdateV2(update);
  } catch {
    return false;
  }
  for (const struct of decoded.structs) {
    // A skip is the gap of a merged update, not content.
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > (snapshot.sv.get(struct.id.client) ?? 0)) return false;
  }
  for (const [client, items] of decoded.ds.clients) {
    const held = snapshot.ds.clients.get(client);
    for (const item of items) if (item.len > 0 && !deletedIn(held, item.clock, item.len)) return false;
  }
  return true;
}

/** The highest seq up to which every row after `floor` is held by the snapshot (`floor` if none is). */
export function heldUpTo(snapshot: Y.Snapshot, floor: number, rows: readonly StoredRow[]): number {
  let upTo = floor;
  for (const row of rows) {
    if (row.seq <= upTo) continue;
    if (!snapshotHolds(snapshot, row.update)) break;
    upTo = row.seq;
  }
  return upTo;
}

/** What an open Y.Doc is known to hold: every row up to `upToSeq`, as of the drop count it was loaded at. */
export interface CheckpointBase {
  upToSeq: number;
  generation: number;
}

/**
 * Writes the open document's state as its checkpoint, if it covers more of the log than the stored one.
 * `base` is what the doc is known to hold (the rows it was loaded from, or the last checkpoint it wrote).
 * Returns the seq written, or null when nothing was (nothing new held, or the rows were dropped meanwhile).
 */
export async function writeCheckpoint(
  db: LocalDb,
  docId: string,
  doc: Y.Doc,
  base: CheckpointBase,
): Promise<number | null> {
  // Taken together and synchronously: the bytes written and the state the rows are checked against.
  const update = Y.encodeStateAsUpdateV2(doc);
  const snapshot = Y.snapshot(doc);
  const upToSeq = heldUpTo(snapshot, base.upToSeq, await rowsAfter(db, docId, base.upToSeq));
  if (upToSeq <= 0) return null;
  return db.transaction('rw', db.docCheckpoints, async () => {
    const stored = await db.docCheckpoints.get(docId);
    // Checked inside the transaction: a drop that began before it has counted; one after it deletes this.
    if (dropCount(db, docId) !== base.generation) return null;
    if (stored && wellFormed(stored) && stored.upToSeq >= upToSeq) return null;
    await db.docCheckpoints.put({ docId, upToSeq, update });
    return upToSeq;
  });
}
