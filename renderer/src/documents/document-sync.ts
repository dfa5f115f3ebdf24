import * as Y from 'yjs';
import { mergeMany } from '../../../shared/documents/merge-many.ts';
import { MAX_DOCUMENT_REQUEST_BYTES } from '../../../shared/sync/documents-api.ts';
import { minutesSkeletonUpdate } from '../../../shared/documents/minutes-skeleton.ts';
import type { LocalDb } from '../db/local-db.ts';
import { TransportError } from '../sync-engine/transport.ts';
import {
  appendRow,
  compactSent,
  docState,
  dropDoc,
  markSent,
  readRows,
  saveDocState,
  storedDocIds,
  unsentRows,
  type StoredRow,
} from './doc-log.ts';
import type { DocState } from './doc-rows.ts';
import type { DocumentTransport } from './document-transport.ts';
import { REMOTE_ORIGIN, type DocumentRegistry, type OpenDocument } from './open-document.ts';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { keepSideCopy, refusedWords, textOfUpdates } from './side-copies.ts';

/** Sent rows merged into one once a document has this many (unsent rows are never merged). */
export const COMPACT_LOCAL_AFTER = 100;

export interface DocumentSyncContext {
  db: LocalDb;
  transport: DocumentTransport;
  registry: DocumentRegistry;
  now?: () => number;
}

export interface DocumentSyncReport {
  pushedRows: number;
  received: boolean;
  /** The server's copy was another incarnation: the local copy was dropped and fetched again. */
  refetched: boolean;
}

/** The unsent rows in batches of at most the server's request size; a row alone past it is reported. */
function batches(rows: readonly StoredRow[]): StoredRow[][] {
  const groups: StoredRow[][] = [];
  let current: StoredRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    if (current.length > 0 && bytes + row.update.byteLength > MAX_DOCUMENT_REQUEST_BYTES) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += row.update.byteLength;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const merged = (rows: readonly StoredRow[]) => mergeMany(rows.map((row) => row.update));

/** The words the local copy holds, from the open doc or from its rows. */
async function localText(db: LocalDb, docId: string, open: OpenDocument | null): Promise<string> {
  return open ? plainText(open.doc) : textOfUpdates((await readRows(db, docId)).map((row) => row.update));
}

/**
 * The server refused the document's unsent edits (no write access, signed off) or holds another
 * incarnation of it: the local words are kept as a side copy with the refused update, the local copy is
 * dropped, and the next sync fetches the server's. A Yjs update cannot be taken back, so this is the only
 * way to stop showing words the shared document will never have, without losing them.
 */
async function setAside(
  context: DocumentSyncContext,
  docId: string,
  reason: 'refused' | 'epoch',
  /** The server's reason for a refusal, in the user's words ("Biên bản đã được chủ trì duyệt…"). */
  detail?: string,
): Promise<void> {
  const { db, registry } = context;
  const open = await registry.peek(docId);
  await open?.flushed();
  const unsent = await unsentRows(db, docId);
  if (unsent.length > 0) {
    const full = await localText(db, docId, open);
    // A refusal drops only this copy's unsent edits: keep what they changed; an old incarnation, all of it.
    const sent = (await readRows(db, docId)).filter((row) => row.unsent === 0).map((row) => row.update);
    const text = reason === 'refused' ? refusedWords(textOfUpdates(sent), full) : full;
    await keepSideCopy(db, { docId, reason, update: merged(unsent), text, ...(detail ? { detail } : {}) });
  }
  await dropDoc(db, docId);
  await registry.evict(docId);
}

/**
 * A minutes batch sent before this copy has seen any server row carries the skeleton too (identical bytes
 * on every machine: the server's merge keeps one), so the server's log holds the skeleton the edits build on.
 */
function withSkeleton(docId: string, state: DocState, update: Uint8Array): Uint8Array {
  if (!docId.startsWith('minutes:') || state.serverSeq > 0) return update;
  return mergeMany([minutesSkeletonUpdate(), update]);
}

async function pushUnsent(context: DocumentSyncContext, docId: string): Promise<number> {
  const { db, transport } = context;
  let pushed = 0;
  for (const batch of batches(await unsentRows(context.db, docId))) {
    const state = await docState(db, docId);
    const update = withSkeleton(docId, state, merged(batch));
    if (update.byteLength > MAX_DOCUMENT_REQUEST_BYTES) {
      throw new TransportError('invalid_request', 'Một lần sửa quá lớn để gửi lên máy chủ (tối đa 2 MiB).');
    }
    const answer = await transport.push(docId, state.epoch, update);
    await markSent(
      db,
      batch.map((row) => row.seq),
    );
    await saveDocState(db, docId, { epoch: answer.epoch });
    pushed += batch.length;
  }
  return pushed;
}

/** Applies the server's answer: to the open doc (storing only what was new) or straight to the log. */
export async function receive(db: LocalDb, docId: string, open: OpenDocument | null, update: Uint8Array) {
  if (open) {
    let fresh: Uint8Array | null = null;
    const capture = (change: Uint8Array, origin: unknown) => {
      if (origin === REMOTE_ORIGIN) fresh = change;
    };
    open.doc.on('updateV2', capture);
    try {
      Y.applyUpdateV2(open.doc, update, REMOTE_ORIGIN);
    } finally {
      open.doc.off('updateV2', capture);
    }
    if (fresh) await appendRow(db, docId, fresh, 0);
    return fresh !== null;
  }
  const { structs } = Y.decodeUpdateV2(update);
  if (structs.length === 0) return false;
  await appendRow(db, docId, update, 0);
  return true;
}

async function pull(
  context: DocumentSyncContext,
  docId: string,
): Promise<{ received: boolean; stale: boolean }> {
  const { db, transport, registry } = context;
  const open = await registry.peek(docId);
  const state = await docState(db, docId);
  const rows = await readRows(db, docId);
  const vector = open
    ? Y.encodeStateVector(open.doc)
    : rows.length > 0
      ? Y.encodeStateVectorFromUpdateV2(merged(rows))
      : Y.encodeStateVector(new Y.Doc());
  const answer = await transport.sync(docId, state.epoch, vector);
  if (answer.epoch !== null && state.epoch !== null && answer.epoch !== state.epoch) {
    return { received: false, stale: true };
  }
  const received = await receive(db, docId, open, answer.update);
  await saveDocState(db, docId, {
    epoch: answer.epoch ?? state.epoch,
    serverSeq: answer.seq,
    lastSyncAt: (context.now ?? Date.now)(),
    lastError: null,
  });
  return { received, stale: false };
}

/** The round in progress per document; a new one waits for it. */
const running = new Map<string, Promise<DocumentSyncReport>>();

/**
 * One document's round: send its unsent rows (exactly those, marked sent on the server's answer), then
 * fetch what it lacks by state vector. A stale epoch (409, or a different one answered) sets the local
 * copy aside and fetches the server's afresh; a refused write sets the unsent words aside.
 */
export function syncDocument(context: DocumentSyncContext, docId: string): Promise<DocumentSyncReport> {
  // One round per document at a time (the editor's and the sync round's may meet).
  const previous = running.get(docId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => syncDocumentNow(context, docId));
  running.set(docId, next);
  void next.finally(() => running.get(docId) === next && running.delete(docId)).catch(() => undefined);
  return next;
}

async function syncDocumentNow(context: DocumentSyncContext, docId: string): Promise<DocumentSyncReport> {
  const { db } = context;
  await (await context.registry.peek(docId))?.flushed();
  const report: DocumentSyncReport = { pushedRows: 0, received: false, refetched: false };
  try {
    report.pushedRows = await pushUnsent(context, docId);
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    if (error.code === 'resync_required') {
      await setAside(context, docId, 'epoch');
      report.refetched = true;
    } else if (error.code === 'forbidden') {
      await setAside(context, docId, 'refused', error.message);
      report.refetched = true;
    } else throw error;
  }
  let pulled = await pull(context, docId);
  if (pulled.stale) {
    await setAside(context, docId, 'epoch');
    report.refetched = true;
    pulled = await pull(context, docId);
  }
  report.received = pulled.received;
  if ((await db.docUpdates.where('[docId+unsent]').equals([docId, 0]).count()) > COMPACT_LOCAL_AFTER) {
    await compactSent(db, docId);
  }
  return report;
}

const networkCodes = new Set(['offline', 'unauthorized', 'update_required', 'rate_limited', 'server_error']);

/**
 * Every document this copy holds, one after another (the sync round's step after the records' push). A
 * document the server refuses for its own reason is recorded and skipped; a lost connection ends the round.
 */
export async function syncStoredDocuments(context: DocumentSyncContext): Promise<number> {
  let pushed = 0;
  for (const docId of await storedDocIds(context.db)) {
    try {
      pushed += (await syncDocument(context, docId)).pushedRows;
    } catch (error) {
      if (error instanceof TransportError && networkCodes.has(error.code)) throw error;
      const lastError = error instanceof Error ? error.message : String(error);
      await saveDocState(context.db, docId, { lastError });
    }
  }
  return pushed;
}
