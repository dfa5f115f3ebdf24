import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { IpcErrorCode } from '../../../shared/ipc/result.ts';
import { useDb } from '../db/db-context.tsx';
import { useApi } from '../platform/api-context.tsx';

/** The administration channels (shared/ipc/admin.ts). */
export type AdminChannel = Extract<Channel, `admin.${string}`>;

export type AdminLoad<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; code: IpcErrorCode; message: string };

export interface AdminQuery<T> {
  load: AdminLoad<T>;
  reload(): void;
}

/**
 * One list from the administration API, asked again when the input changes or on `reload`. The input
 * must keep its identity between renders (a constant or a `useMemo`). Nothing of it is kept on this machine.
 */
export function useAdminQuery<C extends AdminChannel>(
  channel: C,
  input: ChannelInput<C>,
): AdminQuery<ChannelOutput<C>> {
  const api = useApi();
  const [load, setLoad] = useState<AdminLoad<ChannelOutput<C>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void api.invoke(channel, input).then((result) => {
      if (!live) return;
      setLoad(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'failed', code: result.error.code, message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [api, channel, input, attempt]);
  return { load, reload: () => setAttempt((n) => n + 1) };
}

export interface AdminAccess {
  signedIn: boolean;
  isAdmin: boolean;
}

/** Whether the user is signed in and an administrator, by the access the last sync round saved. */
export function useAdminAccess(): AdminAccess | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const row = await db.meta.get('access');
    return row?.key === 'access'
      ? { signedIn: true, isAdmin: row.value.user.isAdmin }
      : { signedIn: false, isAdmin: false };
  }, [db]);
}
