import { randomInt } from 'node:crypto';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES } from '../../shared/sync/documents-api.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { publishDocumentAppended } from '../live/notice.ts';
import { queryRows, toNumber, type Database, type Executor, type Tx } from '../db/database.ts';
import { documents, documentUpdates } from '../db/schema.ts';
import { HttpError } from '../http/errors.ts';

/**
 * A document's append log (migration 0005). Appends and compaction take the document's row FOR UPDATE,
 * held to commit, so the appends of any number of connections and instances take turns: seq is gap-free
 * per document and rows commit in seq order. Reads merge the rows' raw V2 updates (`Y.mergeUpdatesV2`)
 * and diff them against the client's state vector (`Y.diffUpdateV2`); no Y.Doc is ever built here.
 */
export interface DocumentRow {
  docId: string;
  spaceId: string;
  epoch: number;
  compactedThrough: number;
}

/** Rows beyond which the log is compacted into one row. */
export const COMPACT_AFTER_ROWS = 200;

/** The 409 answer: the client's epoch is not the document's (null: no such document). */
export class EpochConflict extends HttpError {
  readonly epoch: number | null;

  constructor(epoch: number | null) {
    super(409, 'resync_required', serverMessage('documents.staleEpoch'));
    this.epoch = epoch;
  }

  override toBody() {
    return { error: { code: 'resync_required' as const, message: this.message }, epoch: this.epoch };
  }
}

const EMPTY_UPDATE = Y.encodeStateAsUpdateV2(new Y.Doc());

async function lockDocument(tx: Tx, docId: string): Promise<DocumentRow | null> {
  const [row] = await tx
    .select({
      docId: documents.docId,
      spaceId: documents.spaceId,
      epoch: documents.epoch,
      compactedThrough: documents.compactedThrough,
    })
    .from(documents)
    .where(eq(documents.docId, docId))
    .for('update');
  return row ?? null;
}

/** The document's row, locked; created (with a fresh epoch) when the client has never seen it. */
async function lockOrCreate(
  tx: Tx,
  target: { docId: string; spaceId: string; epoch: number | null },
  now: number,
): Promise<DocumentRow> {
  const found = await lockDocument(tx, target.docId);
  if (found) return found;
  if (target.epoch !== null) throw new EpochConflict(null);
  const epoch = randomInt(1, 2 ** 31 - 1);
  await tx
    .insert(documents)
    .values({ docId: target.docId, spaceId: target.spaceId, epoch, createdAt: now, compactedThrough: 0 })
    .onConflictDoNothing();
  // Another transaction may have created it first: then its row (and its epoch) is the document.
  const created = await lockDocument(tx, target.docId);
  if (!created) throw new Error(`Document ${target.docId} vanished while it was created.`);
  return created;
}

async function logStats(tx: Tx, docId: string): Promise<{ lastSeq: number; bytes: number; rows: number }> {
  const [row] = await queryRows(
    tx,
    sql`SELECT coalesce(max(seq), 0) AS last_seq, coalesce(sum(octet_length(update)), 0) AS bytes,
          count(*) AS rows
        FROM document_updates WHERE doc_id = ${docId}`,
  );
  return { lastSeq: toNumber(row?.last_seq), bytes: toNumber(row?.bytes), rows: toNumber(row?.rows) };
}

export interface Append {
  docId: string;
  spaceId: string;
  epoch: number | null;
  clientId: string;
  userId: string;
  /** The request's updates merged into one. */
  update: Uint8Array;
}

/** Appends one row; its seq, the document's epoch and how many rows the log now has. */
export async function appendUpdate(
  database: Database,
  append: Append,
  now: number,
): Promise<{ epoch: number; seq: number; rows: number }> {
  return database.transaction(async (tx) => {
    const doc = await lockOrCreate(tx, append, now);
    if (append.epoch !== null && append.epoch !== doc.epoch) throw new EpochConflict(doc.epoch);
    const stats = await logStats(tx, append.docId);
    if (stats.bytes + append.update.byteLength > MAX_DOCUMENT_BYTES) {
      const max = MAX_DOCUMENT_BYTES / 1024 / 1024;
      throw new HttpError(413, 'payload_too_large', serverMessage('documents.documentFull', { max }));
    }
    const seq = stats.lastSeq + 1;
    await tx.insert(documentUpdates).values({
      docId: append.docId,
      seq,
      update: append.update,
      clientId: append.clientId,
      userId: append.userId,
      receivedAt: now,
    });
    // Delivered when (and only if) the row commits; every instance tells its open sockets.
    await publishDocumentAppended(tx, database.noticeChannel, {
      docId: append.docId,
      spaceId: append.spaceId,
      seq,
    });
    return { epoch: doc.epoch, seq, rows: stats.rows + 1 };
  });
}

async function readRows(executor: Executor, docId: string) {
  return executor
    .select({ seq: documentUpdates.seq, update: documentUpdates.update })
    .from(documentUpdates)
    .where(eq(documentUpdates.docId, docId))
    .orderBy(asc(documentUpdates.seq));
}

/** The document (null: none) and its whole log merged into one V2 update, with the last seq it covers. */
export async function readMerged(
  database: Database,
  docId: string,
): Promise<{ doc: DocumentRow | null; merged: Uint8Array; seq: number }> {
  return database.transaction(async (tx) => {
    const [doc] = await tx
      .select({
        docId: documents.docId,
        spaceId: documents.spaceId,
        epoch: documents.epoch,
        compactedThrough: documents.compactedThrough,
      })
      .from(documents)
      .where(eq(documents.docId, docId));
    if (!doc) return { doc: null, merged: EMPTY_UPDATE, seq: 0 };
    const rows = await readRows(tx, docId);
    const merged = rows.length === 0 ? EMPTY_UPDATE : Y.mergeUpdatesV2(rows.map((row) => row.update));
    return { doc, merged, seq: rows.at(-1)?.seq ?? 0 };
  });
}

/**
 * Merges every row of the log into one (Y.mergeUpdatesV2 on the stored bytes), kept under the last
 * merged row's seq, when the log has more than `threshold` rows; `compacted_through` records it. Runs
 * under the document's lock, so no append interleaves. Answers the seq compacted through (null: nothing done).
 */
export async function compactDocument(
  database: Database,
  docId: string,
  now: number,
  threshold = COMPACT_AFTER_ROWS,
): Promise<number | null> {
  return database.transaction(async (tx) => {
    const doc = await lockDocument(tx, docId);
    if (!doc) return null;
    const rows = await readRows(tx, docId);
    const last = rows.at(-1);
    if (!last || rows.length <= threshold) return null;
    const merged = Y.mergeUpdatesV2(rows.map((row) => row.update));
    await tx
      .delete(documentUpdates)
      .where(and(eq(documentUpdates.docId, docId), lte(documentUpdates.seq, last.seq)));
    await tx.insert(documentUpdates).values({
      docId,
      seq: last.seq,
      update: merged,
      clientId: null,
      userId: null,
      receivedAt: now,
    });
    await tx.update(documents).set({ compactedThrough: last.seq }).where(eq(documents.docId, docId));
    return last.seq;
  });
}
