import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { useDb } from '../db/db-context.tsx';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';
import { createSyncEngine } from './engine.ts';
import { createIpcTransport } from './ipc-transport.ts';
import { createSyncScheduler, type SyncScheduler } from './scheduler.ts';
import { loadSyncState } from './sync-state.ts';

interface SyncActions {
  syncNow(): void;
  confirmDeletion(): void;
}

const SyncContext = createContext<SyncActions>({
  syncNow: () => undefined,
  confirmDeletion: () => undefined,
});

/** Runs sync for the whole app while a user is signed in; screens only read the status and call actions. */
export function SyncProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { db } = useDb();
  const scheduler = useRef<SyncScheduler | null>(null);

  useEffect(() => {
    const store = useSyncStore.getState();
    const apply = (status: ChannelOutput<'auth.status'>) => {
      store.set({ serverUrl: status.serverUrl, user: status.user });
      if (!status.user) {
        scheduler.current?.stop();
        scheduler.current = null;
        store.set({ phase: 'signed_out' });
        return;
      }
      if (scheduler.current) return;
      const engine = createSyncEngine({
        db,
        transport: createIpcTransport(api),
        onProgress: (progress) => useSyncStore.getState().set({ progress }),
      });
      scheduler.current = createSyncScheduler({
        engine,
        db,
        report: (patch) => useSyncStore.getState().set(patch),
      });
      scheduler.current.request();
    };
    void loadSyncState(db).then((state) => store.set({ lastSyncAt: state.lastSyncAt }));
    void api.invoke('auth.status', {}).then((result) => result.ok && apply(result.value));
    const offConnection = api.on('sync.connection', apply);
    const offNotice = api.on('sync.notice', () => scheduler.current?.request());
    const online = () => scheduler.current?.request();
    window.addEventListener('online', online);
    return () => {
      offConnection();
      offNotice();
      window.removeEventListener('online', online);
      scheduler.current?.stop();
      scheduler.current = null;
    };
  }, [api, db]);

  const actions = useMemo<SyncActions>(
    () => ({
      syncNow: () => scheduler.current?.request(),
      confirmDeletion: () => scheduler.current?.confirmDeletion(),
    }),
    [],
  );
  return <SyncContext.Provider value={actions}>{children}</SyncContext.Provider>;
}

export function useSyncActions(): SyncActions {
  return useContext(SyncContext);
}
