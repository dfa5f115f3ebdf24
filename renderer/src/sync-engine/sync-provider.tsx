import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { removeCopy } from '../db/copies.ts';
import { useDb } from '../db/db-context.tsx';
import { useApi } from '../platform/api-context.tsx';
import { followAccount } from './follow-account.ts';
import type { SyncScheduler } from './scheduler.ts';

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

const reloadPage = () => window.location.reload();

/**
 * Runs sync for the whole app while a user is signed in; screens only read the status and call actions.
 * The engine only ever runs on the copy bound to the signed-in account: signing in as an account whose
 * copy is another one reopens the app on that copy (start picks it), so no record, cursor or outbox of one
 * account is ever seen by another's engine (follow-account.ts).
 */
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
    return followAccount({ api, db, copy, reload, scheduler, leaving, running });
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
