import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { IpcErrorCode } from '../../../shared/ipc/result.ts';
import type { Role } from '../../../shared/sync/protocol.ts';
import type { Account, SpaceGrant } from '../../../shared/sync/spaces-api.ts';
import { useDb } from '../db/db-context.tsx';
import { useApi } from '../platform/api-context.tsx';
import { liveRows } from './live-rows.ts';

/** A call to the server that did not go through, by the IPC error code (the screen words it). */
export class SharingFailure extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'SharingFailure';
    this.code = code;
  }
}

export type SharingLoad =
  | { status: 'loading' }
  | { status: 'ready'; grants: SpaceGrant[] }
  | { status: 'failed'; code: IpcErrorCode };

export interface SpaceSharing {
  load: SharingLoad;
  /** Whom a grant may be given to: the server's list when fetched, else the one the last sync round saved. */
  accounts: Account[];
  unitNames: ReadonlyMap<string, string>;
  /** The signed-in user (whose own row is marked) and whether they are an administrator (gives `manage`). */
  me: { userId: string | null; isAdmin: boolean };
  reload(): void;
  /** Gives or changes a role; throws a {@link SharingFailure} when the server refuses or cannot be reached. */
  setRole(userId: string, role: Role): Promise<void>;
  remove(userId: string): Promise<void>;
}

/**
 * Who reads, writes and manages a space, straight from the server (grants are the server's: nothing of it
 * is kept on this machine but the accounts list), and the changes a manager makes to it.
 */
export function useSpaceSharing(spaceId: string): SpaceSharing {
  const api = useApi();
  const { db } = useDb();
  const [load, setLoad] = useState<SharingLoad>({ status: 'loading' });
  const [fetched, setFetched] = useState<Account[] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const local = useLiveQuery(async () => {
    const [accounts, access, units] = await Promise.all([
      db.meta.get('accounts'),
      db.meta.get('access'),
      liveRows(db.unit),
    ]);
    return {
      accounts: accounts?.key === 'accounts' ? accounts.value.accounts : [],
      me:
        access?.key === 'access'
          ? { userId: access.value.user.id, isAdmin: access.value.user.isAdmin }
          : null,
      unitNames: new Map(units.map((u) => [u.id, u.shortName ?? u.name])),
    };
  }, [db]);

  useEffect(() => {
    let live = true;
    void api.invoke('spaces.grants', { spaceId }).then((result) => {
      if (live)
        setLoad(
          result.ok
            ? { status: 'ready', grants: result.value.grants }
            : { status: 'failed', code: result.error.code },
        );
    });
    void api.invoke('accounts.list', {}).then((result) => {
      if (live && result.ok) setFetched(result.value.accounts);
    });
    return () => {
      live = false;
    };
  }, [api, spaceId, attempt]);

  const apply = async (call: ReturnType<typeof api.invoke<'spaces.grants'>>) => {
    const result = await call;
    if (!result.ok) throw new SharingFailure(result.error.code, result.error.message);
    setLoad({ status: 'ready', grants: result.value.grants });
  };

  return {
    // The user's own row and admin rights are read from the saved access: the list waits for them.
    load: local === undefined ? { status: 'loading' } : load,
    accounts: fetched ?? local?.accounts ?? [],
    unitNames: local?.unitNames ?? new Map(),
    me: local?.me ?? { userId: null, isAdmin: false },
    reload: () => {
      setLoad({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
    setRole: (userId, role) => apply(api.invoke('spaces.setGrant', { spaceId, userId, role })),
    remove: (userId) => apply(api.invoke('spaces.removeGrant', { spaceId, userId })),
  };
}
