import type { RefObject } from 'react';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { accountOf, checkCopyFor, type CopyPlace } from '../db/copies.ts';
import type { LocalDb } from '../db/local-db.ts';
import { messages } from '../i18n/messages.ts';
import type { Api } from '../../../shared/ipc/api.ts';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { createSyncEngine } from './engine.ts';
import { createIpcTransport } from './ipc-transport.ts';
import { createSyncScheduler, type SyncScheduler } from './scheduler.ts';
import { loadSyncState } from './sync-state.ts';

type AuthStatus = ChannelOutput<'auth.status'>;

/** Key of an account, to tell whether the running engine already syncs as the one main reports. */
const keyOf = (account: { serverUrl: string; userId: string }) => `${account.serverUrl}\n${account.userId}`;

export interface FollowRefs {
  api: Api;
  db: LocalDb;
  copy: CopyPlace | null;
  /** Reopens the app so start opens the right copy. */
  reload: () => void;
  scheduler: RefObject<SyncScheduler | null>;
  /** Set once the app is leaving this copy (sign-out, switch): nothing may start on it any more. */
  leaving: RefObject<boolean>;
  /** The account the running engine syncs as. */
  running: RefObject<string | null>;
}

/**
 * Follows the account main reports (at start and on every `sync.connection`): starts the engine and its
 * scheduler for the signed-in account on its own copy, stops it when the session ends, reopens the app when
 * the account's copy is another one. Returns the cleanup.
 */
export function followAccount(refs: FollowRefs): () => void {
  const { api, db, copy, reload } = refs;
  const store = useSyncStore.getState();
  let disposed = false;
  let queue: Promise<void> = Promise.resolve();

  const stop = () => {
    refs.scheduler.current?.stop();
    refs.scheduler.current = null;
    refs.running.current = null;
  };

  const applyNow = async (status: AuthStatus) => {
    if (disposed || refs.leaving.current) return;
    store.set({ serverUrl: status.serverUrl, user: status.user });
    const account = accountOf(status);
    if (!account) {
      // The session ended (expired, or signed out elsewhere): stop, but keep this copy open so the
      // same user can sign in again and go on. A deliberate sign-out goes through `signOut`.
      stop();
      store.set({ phase: 'signed_out' });
      return;
    }
    if (refs.running.current === keyOf(account)) return;
    stop();
    const verdict = await checkCopyFor(db, copy, account, Date.now());
    if (disposed || refs.leaving.current) return;
    if (verdict === 'switch') {
      refs.leaving.current = true;
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
    refs.running.current = keyOf(account);
    refs.scheduler.current = createSyncScheduler({
      engine,
      db,
      report: (patch) => useSyncStore.getState().set(patch),
    });
    refs.scheduler.current.request();
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
  const offNotice = api.on('sync.notice', () => refs.scheduler.current?.request());
  const online = () => refs.scheduler.current?.request();
  window.addEventListener('online', online);
  return () => {
    disposed = true;
    offConnection();
    offNotice();
    window.removeEventListener('online', online);
    stop();
  };
}
