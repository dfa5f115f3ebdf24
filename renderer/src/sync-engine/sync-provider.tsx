import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { accountOf, checkCopyFor, removeCopy } from '../db/copies.ts';
import { useDb } from '../db/db-context.tsx';
import { messages } from '../i18n/messages.ts';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { createSyncEngine } from './engine.ts';
import { createIpcTransport } from './ipc-transport.ts';
import { createSyncScheduler, type SyncScheduler } from './scheduler.ts';
import { loadSyncState } from './sync-state.ts';

interface SyncActions {
  syncNow(): void;
  confirmDeletion(): void;
  /**
   * Đăng xuất: signs out of the server and reopens the app on the unowned copy, after deleting this
   * account's copy from the machine when asked. Resolves with main's error message if sign-out failed
   * (nothing is removed then).
   */
  signOut(options: { removeCopy: boolean }): Promise<string | null>;
}

const SyncContext = createContext<SyncActions>({
  syncNow: () => undefined,
  confirmDeletion: () => undefined,
  signOut: () => Promise.resolve(null),
});

type AuthStatus = ChannelOutput<'auth.status'>;

/** Key of an account, to tell whether the running engine already syncs as the one main reports. */
const keyOf = (account: { serverUrl: string; userId: string }) => `${account.serverUrl}\n${account.userId}`;

/**
 * Runs sync for the whole app while a user is signed in; screens only read the status and call actions.
 * The engine only ever runs on the copy bound to the signed-in account: signing in as an account whose
 * copy is another one reopens the app on that copy (start picks it), so no record, cursor or outbox of one
 * account is ever seen by another's engine.
 */
const reloadPage = () => window.location.reload();

export function SyncProvider({
  children,
  reload = reloadPage,
}: {
  children: ReactNode;
  /** Reopens the app so start opens the right copy; a test passes its own. */
  reload?: () => void;
}) {
  const api = useApi();
  const { db, copy } = useDb();
  const scheduler = useRef<SyncScheduler | null>(null);
  /** Set once the app is leaving this copy (sign-out, switch): nothing may start on it any more. */
  const leaving = useRef(false);
  /** The account the running engine syncs as. */
  const running = useRef<string | null>(null);

  useEffect(() => {
    const store = useSyncStore.getState();
    let disposed = false;
    let queue: Promise<void> = Promise.resolve();

    const stop = () => {
      scheduler.current?.stop();
      scheduler.current = null;
      running.current = null;
    };

    const applyNow = async (status: AuthStatus) => {
      if (disposed || leaving.current) return;
      store.set({ serverUrl: status.serverUrl, user: status.user });
      const account = accountOf(status);
      if (!account) {
        // The session ended (expired, or signed out elsewhere): stop, but keep this copy open so the
        // same user can sign in again and go on. A deliberate sign-out goes through `signOut`.
        stop();
        store.set({ phase: 'signed_out' });
        return;
      }
      if (running.current === keyOf(account)) return;
      stop();
      const verdict = await checkCopyFor(db, copy, account, Date.now());
      if (disposed || leaving.current) return;
      if (verdict === 'switch') {
        leaving.current = true;
        reload();
        return;
      }
      if (verdict === 'foreign') {
        store.set({ phase: 'error', error: messages[useUiStore.getState().settings.locale].copies.foreign });
        return;
      }
      const engine = createSyncEngine({
        db,
        transport: createIpcTransport(api),
        onProgress: (progress) => useSyncStore.getState().set({ progress }),
      });
      running.current = keyOf(account);
      scheduler.current = createSyncScheduler({
        engine,
        db,
        report: (patch) => useSyncStore.getState().set(patch),
      });
      scheduler.current.request();
    };
    // One status at a time, in the order main sent them: two at once must not start two engines.
    const apply = (status: AuthStatus) => {
      queue = queue
        .then(() => applyNow(status))
        .catch((error: unknown) =>
          store.set({ phase: 'error', error: error instanceof Error ? error.message : String(error) }),
        );
    };

    void loadSyncState(db).then((state) => store.set({ lastSyncAt: state.lastSyncAt }));
    void api.invoke('auth.status', {}).then((result) => result.ok && apply(result.value));
    const offConnection = api.on('sync.connection', apply);
    const offNotice = api.on('sync.notice', () => scheduler.current?.request());
    const online = () => scheduler.current?.request();
    window.addEventListener('online', online);
    return () => {
      disposed = true;
      offConnection();
      offNotice();
      window.removeEventListener('online', online);
      stop();
    };
  }, [api, db, copy, reload]);

  const actions = useMemo<SyncActions>(
    () => ({
      syncNow: () => scheduler.current?.request(),
      confirmDeletion: () => scheduler.current?.confirmDeletion(),
      signOut: async ({ removeCopy: remove }) => {
        // Leaving first: the "signed out" event main sends must not be taken for an expired session.
        leaving.current = true;
        const result = await api.invoke('auth.logout', {});
        if (!result.ok) {
          leaving.current = false;
          return result.error.message;
        }
        scheduler.current?.stop();
        scheduler.current = null;
        running.current = null;
        if (remove) await removeCopy(db);
        reload();
        return null;
      },
    }),
    [api, db, reload],
  );
  return <SyncContext.Provider value={actions}>{children}</SyncContext.Provider>;
}

export function useSyncActions(): SyncActions {
  return useContext(SyncContext);
}
