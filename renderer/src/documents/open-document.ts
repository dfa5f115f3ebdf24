import * as Y from 'yjs';
import { ensureSkeleton, SKELETON_ORIGIN } from '../../../shared/documents/minutes-skeleton.ts';
import type { LocalDb } from '../db/local-db.ts';
import { appendRow, readRows } from './doc-log.ts';
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
}

/**
 * Applies every stored row, one by one inside one transaction: for thousands of typing-sized rows that is
 * faster than merging them first (bench/documents.ts). A row that does not decode is kept aside as a side
 * copy, deleted and counted; the rest still open.
 */
async function loadRows(db: LocalDb, docId: string, doc: Y.Doc): Promise<number> {
  const rows = await readRows(db, docId);
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
  return damaged.length;
}

/**
 * The open documents of this window, one Y.Doc per document however many editors show it. A document opens
 * from its local rows (offline first); minutes get the shared skeleton (identical bytes everywhere, so it
 * appears once however many machines start them). Every local update is appended as unsent, in order.
 */
export function createDocumentRegistry(db: LocalDb) {
  const entries = new Map<string, Promise<Entry>>();
  const evictedListeners = new Set<(docId: string) => void>();

  const create = async (docId: string): Promise<Entry> => {
    const doc = new Y.Doc({ gc: false });
    const damagedRows = await loadRows(db, docId, doc);
    let chain: Promise<unknown> = Promise.resolve();
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN || origin === REMOTE_ORIGIN) return;
      // The skeleton is the same bytes everywhere: stored, but not an edit of this person's to send (a
      // reader's copy would otherwise try to send it and be refused). The sync adds it to the first batch
      // a writer sends, so the server's log holds it too.
      const unsent = origin === SKELETON_ORIGIN ? 0 : 1;
      chain = chain.then(() => appendRow(db, docId, update, unsent));
    };
    doc.on('updateV2', onUpdate);
    if (docId.startsWith('minutes:')) ensureSkeleton(doc);
    const open: OpenDocument = { docId, doc, damagedRows, flushed: () => chain.then(() => undefined) };
    return { open, users: 0, close: () => doc.off('updateV2', onUpdate) };
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
