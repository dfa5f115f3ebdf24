import type { DocumentPresence } from '../../shared/ipc/documents.ts';
import type { PresenceUser } from '../../shared/sync/protocol.ts';

/**
 * Who has which document open, as main last heard it on the live channel: every notice goes to the
 * renderer (`documents.presence`), and a window that opens a document is answered at once from here (its
 * own notice may have come before it asked, e.g. after a reload). Offline nobody is shown: when the live
 * socket closes, every document is told empty, and the next socket brings the sets again.
 */
export function createPresenceCache(emit: (presence: DocumentPresence) => void) {
  const known = new Map<string, PresenceUser[]>();
  return {
    receive(docId: string, users: PresenceUser[]) {
      if (users.length === 0) known.delete(docId);
      else known.set(docId, users);
      emit({ docId, users });
    },
    clear() {
      const docIds = [...known.keys()];
      known.clear();
      for (const docId of docIds) emit({ docId, users: [] });
    },
    of(docIds: readonly string[]): DocumentPresence[] {
      return docIds.map((docId) => ({ docId, users: known.get(docId) ?? [] }));
    },
  };
}

export type PresenceCache = ReturnType<typeof createPresenceCache>;
