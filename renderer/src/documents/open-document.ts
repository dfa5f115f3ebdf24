import Dexie from 'dexie';
import * as Y from 'yjs';
import { ensureSkeleton, SKELETON_ORIGIN } from '../../../shared/documents/minutes-skeleton.ts';
import type { LocalDb } from '../db/local-db.ts';
import {
  createCheckpointWriter,
  DEFAULT_CHECKPOINT_POLICY,
  type CheckpointPolicy,
} from './checkpoint-writer.ts';
import { deleteCheckpoint, readCheckpoint, wellFormed } from './doc-checkpoint.ts';
import { appendRow, dropCount, rowsAfter } from './doc-log.ts';
import type { DocCheckpoint } from './doc-rows.ts';
import { keepSideCopy } from './side-copies.ts';

/** Origin of rows applied from the local log: already stored, so not appended again. */
export const LOAD_ORIGIN = Symbol('document-load');
/** Origin of updates received from the server: stored as sent (`unsent: 0`) by the sync, not by the observer. */
export const REMOTE_ORIGIN = Symbol('document-remote');

export interface OpenDocument {
  readonly docId: string;
  readonly doc: Y.Doc;
  /** Resolves when every local edit made so far is in IndexedDB. */
  flushed(): Promise<void>;
  /** Rows that could not be read when the document was opened (reported, kept as side copies, dropped). */
  readonly damagedRows: number;
}

interface Entry {
  open: OpenDocument;
  users: number;
  close: () => void;
  checkpoint: () => Promise<number | null>;
}

/** The checkpoint if asked for and there is one, and the rows after it (all rows without one), read together. */
async function readStart(db: LocalDb, docId: string, useCheckpoint: boolean) {
  return db.transaction('r', db.docCheckpoints, db.docUpdates, async () => {
    const checkpoint = useCheckpoint ? await readCheckpoint(db, docId) : undefined;
    const after = checkpoint && wellFormed(checkpoint) ? checkpoint.upToSeq : (Dexie.minKey as number);
    return { checkpoint, rows: await rowsAfter(db, docId, after) };
  });
}

/** Applies the checkpoint to the fresh doc; false (doc unusable) when it does not decode or apply. */
function applyCheckpoint(doc: Y.Doc, checkpoint: DocCheckpoint): boolean {
  if (!wellFormed(checkpoint)) return false;
  try {
    doc.transact(() => Y.applyUpdateV2(doc, checkpoint.update, LOAD_ORIGIN), LOAD_ORIGIN);
    return true;
  } catch {
    return false;
  }
}

interface Loaded {
  doc: Y.Doc;
  damagedRows: number;
  /** Every row up to this seq is in the doc. */
  upToSeq: number;
  /** Rows read after the checkpoint (all of them without one). */
  tail: number;
}

/**
 * Opens from the checkpoint and the rows after it, applied one by one inside one transaction: for thousands
 * of typing-sized rows that is faster than merging them first (bench/documents.ts). A checkpoint that does
 * not apply is deleted and the document opens from all its rows (they are all still there). A row that does
 * not decode is kept aside as a side copy, deleted and counted; the rest still open.
 */
async function loadDocument(db: LocalDb, docId: string, useCheckpoint = true): Promise<Loaded> {
  const { checkpoint, rows } = await readStart(db, docId, useCheckpoint);
  const doc = new Y.Doc({ gc: false });
  if (checkpoint && !applyCheckpoint(doc, checkpoint)) {
    doc.destroy();
    await deleteCheckpoint(db, docId);
    return loadDocument(db, docId, false);
  }
  const damaged: typeof rows = [];
  doc.transact(() => {
    for (const row of rows) {
      try {
        Y.applyUpdateV2(doc, row.update, LOAD_ORIGIN);
      } catch {
        damaged.push(row);
      }
    }
  }, LOAD_ORIGIN);
  for (const row of damaged) {
    await keepSideCopy(db, { docId, reason: 'corrupt', update: row.update, text: '' });
    await db.docUpdates.delete(row.seq);
  }
  const upToSeq = Math.max(checkpoint?.upToSeq ?? 0, rows.at(-1)?.seq ?? 0);
  return { doc, damagedRows: damaged.length, upToSeq, tail: rows.length };
}

/**
 * The open documents of this window, one Y.Doc per document however many editors show it. A document opens
 * from its local rows (offline first); minutes get the shared skeleton (identical bytes everywhere, so it
 * appears once however many machines start them). Every local update is appended as unsent, in order.
 * While open, a document writes checkpoints in the background (checkpoint-writer.ts, doc-checkpoint.ts).
 */
export function createDocumentRegistry(db: LocalDb, policy: CheckpointPolicy = DEFAULT_CHECKPOINT_POLICY) {
  const entries = new Map<string, Promise<Entry>>();
  const evictedListeners = new Set<(docId: string) => void>();

  const create = async (docId: string): Promise<Entry> => {
    // Before reading: rows dropped while this doc loads make it as stale as rows dropped later.
    const generation = dropCount(db, docId);
    const { doc, damagedRows, upToSeq, tail } = await loadDocument(db, docId);
    const checkpoints = createCheckpointWriter(db, docId, doc, { upToSeq, generation }, policy);
    let chain: Promise<unknown> = Promise.resolve();
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return;
      checkpoints.updated();
      if (origin === REMOTE_ORIGIN) return;
      // The skeleton is the same bytes everywhere: stored, but not an edit of this person's to send (a
      // reader's copy would otherwise try to send it and be refused). The sync adds it to the first batch
      // a writer sends, so the server's log holds it too.
      const unsent = origin === SKELETON_ORIGIN ? 0 : 1;
      chain = chain.then(() => appendRow(db, docId, update, unsent));
    };
    doc.on('updateV2', onUpdate);
    if (docId.startsWith('minutes:')) ensureSkeleton(doc);
    checkpoints.opened(tail);
    const open: OpenDocument = { docId, doc, damagedRows, flushed: () => chain.then(() => undefined) };
    const close = () => {
      doc.off('updateV2', onUpdate);
      checkpoints.stop();
    };
    const checkpoint = () => open.flushed().then(() => checkpoints.writeNow());
    return { open, users: 0, close, checkpoint };
  };

  return {
    /** Opens (or shares) the document; call the returned `release` when the editor goes. */
    async acquire(docId: string): Promise<{ open: OpenDocument; release: () => void }> {
      let pending = entries.get(docId);
      if (!pending) {
        pending = create(docId);
        entries.set(docId, pending);
      }
      const entry = await pending;
      entry.users += 1;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        entry.users -= 1;
        if (entry.users > 0) return;
        void entry.open.flushed().then(() => {
          if (entry.users > 0) return;
          entries.delete(docId);
          entry.close();
          entry.open.doc.destroy();
        });
      };
      return { open: entry.open, release };
    },
    /** The document if it is open in this window, for the sync to apply what the server sends. */
    async peek(docId: string): Promise<OpenDocument | null> {
      const pending = entries.get(docId);
      return pending ? (await pending).open : null;
    },
    /** Writes the open document's checkpoint now, once its edits are stored; null if not open or nothing new. */
    async checkpoint(docId: string): Promise<number | null> {
      const pending = entries.get(docId);
      return pending ? (await pending).checkpoint() : null;
    },
    /** Forgets an open document (its rows were dropped): editors showing it must reopen. */
    async evict(docId: string): Promise<void> {
      const pending = entries.get(docId);
      if (!pending) return;
      entries.delete(docId);
      const entry = await pending;
      entry.close();
      for (const listener of evictedListeners) listener(docId);
    },
    /** Told when a document was evicted, so an editor showing it opens it again. Returns the unsubscribe. */
    onEvicted(listener: (docId: string) => void): () => void {
      evictedListeners.add(listener);
      return () => evictedListeners.delete(listener);
    },
  };
}

export type DocumentRegistry = ReturnType<typeof createDocumentRegistry>;

const registries = new WeakMap<LocalDb, DocumentRegistry>();

/** The one registry of a working copy: the editors and the sync round share its open documents. */
export function documentRegistryFor(db: LocalDb): DocumentRegistry {
  let registry = registries.get(db);
  if (!registry) {
    registry = createDocumentRegistry(db);
    registries.set(db, registry);
  }
  return registry;
}
