import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Api } from '../../../shared/ipc/api.ts';
import type { DocumentPresence } from '../../../shared/ipc/documents.ts';
import { MAX_PRESENCE_DOCS, type PresenceUser } from '../../../shared/sync/protocol.ts';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';

/**
 * Who else has a shared document open (online only: main tells everyone gone when the live channel
 * drops). Every editor on screen registers its document; the window's open documents go to main in one
 * `documents.presence.set` (main tells the server, again on every reconnect), and `documents.presence`
 * events keep each document's viewers. One store per window (per Api), whatever number of hooks.
 */
const NOBODY: readonly PresenceUser[] = Object.freeze([]);

/** The viewers other than the signed-in user (who sees the document anyway). */
export function othersOf(users: readonly PresenceUser[], selfId: string | null): PresenceUser[] {
  return users.filter((user) => user.userId !== selfId);
}

function createPresenceStore(api: Api) {
  const counts = new Map<string, number>();
  const known = new Map<string, readonly PresenceUser[]>();
  /** When each document last heard an event: an answer sent before it is older and is not applied. */
  const heard = new Map<string, number>();
  const listeners = new Set<() => void>();
  let tick = 0;
  let queued = false;

  const put = ({ docId, users }: DocumentPresence) => {
    if (users.length === 0) known.delete(docId);
    else known.set(docId, users);
    for (const listener of listeners) listener();
  };
  api.on('documents.presence', (presence) => {
    tick += 1;
    heard.set(presence.docId, tick);
    put(presence);
  });

  const send = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      const asked = tick;
      const docIds = [...counts.keys()].slice(0, MAX_PRESENCE_DOCS);
      void api.invoke('documents.presence.set', { docIds }).then((result) => {
        if (!result.ok) return;
        for (const presence of result.value.presence) {
          if ((heard.get(presence.docId) ?? 0) <= asked) put(presence);
        }
      });
    });
  };

  return {
    /** The document is on screen; the returned function takes it off. */
    open(docId: string): () => void {
      counts.set(docId, (counts.get(docId) ?? 0) + 1);
      send();
      return () => {
        const left = (counts.get(docId) ?? 1) - 1;
        if (left > 0) counts.set(docId, left);
        else counts.delete(docId);
        send();
      };
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    users: (docId: string): readonly PresenceUser[] => known.get(docId) ?? NOBODY,
  };
}

type PresenceStore = ReturnType<typeof createPresenceStore>;
const stores = new WeakMap<Api, PresenceStore>();

function presenceStoreFor(api: Api): PresenceStore {
  let store = stores.get(api);
  if (!store) {
    store = createPresenceStore(api);
    stores.set(api, store);
  }
  return store;
}

/** The other users who have the document open now; none while signed out or offline. */
export function usePresence(docId: string): PresenceUser[] {
  const store = presenceStoreFor(useApi());
  const selfId = useSyncStore((state) => state.user?.id ?? null);
  useEffect(() => store.open(docId), [store, docId]);
  const users = useSyncExternalStore(store.subscribe, () => store.users(docId));
  return useMemo(() => (selfId === null ? [] : othersOf(users, selfId)), [users, selfId]);
}
