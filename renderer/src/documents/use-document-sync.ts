import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useDb } from '../db/db-context.tsx';
import { TransportError } from '../sync-engine/transport.ts';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';
import { docState, saveDocState } from './doc-log.ts';
import type { DocState } from './doc-rows.ts';
import { syncDocument } from './document-sync.ts';
import { createIpcDocumentTransport } from './document-transport.ts';
import { documentRegistryFor, REMOTE_ORIGIN, LOAD_ORIGIN, type OpenDocument } from './open-document.ts';

/** Local edits wait this long for more keystrokes before they are sent. */
const SEND_AFTER_MS = 800;

/**
 * Keeps an open document in step with the server while signed in: local edits are sent shortly after
 * typing stops, and a live notice that the document grew fetches it at once. Offline, nothing is tried;
 * the edits wait in the local log for the next sync round.
 */
export function useDocumentSync(open: OpenDocument | null): void {
  const { db } = useDb();
  const api = useApi();
  const signedIn = useSyncStore((state) => state.user !== null);

  useEffect(() => {
    if (!open || !signedIn) return;
    const context = { db, transport: createIpcDocumentTransport(api), registry: documentRegistryFor(db) };
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      syncDocument(context, open.docId).catch((error: unknown) => {
        // No connection is the normal state of a ward office: the edits wait, the status says so.
        if (error instanceof TransportError && error.code === 'offline') return;
        const lastError = error instanceof Error ? error.message : String(error);
        return saveDocState(db, open.docId, { lastError });
      });
    };
    const soon = (delay: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delay);
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE_ORIGIN && origin !== LOAD_ORIGIN) soon(SEND_AFTER_MS);
    };
    open.doc.on('updateV2', onUpdate);
    const offNotice = api.on('documents.notice', ({ docId }) => docId === open.docId && soon(0));
    soon(0);
    return () => {
      if (timer) clearTimeout(timer);
      open.doc.off('updateV2', onUpdate);
      offNotice();
    };
  }, [api, db, open, signedIn]);
}

/** What the status line says: the server state of the document and its edits waiting to be sent. */
export function useDocumentStatus(docId: string): { state: DocState; pending: number } | undefined {
  const { db } = useDb();
  return useLiveQuery(
    async () => ({
      state: await docState(db, docId),
      pending: await db.docUpdates.where('[docId+unsent]').equals([docId, 1]).count(),
    }),
    [db, docId],
  );
}
