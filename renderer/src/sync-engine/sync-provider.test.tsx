import { act, render, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../shared/ipc/api.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { fail, ok, type IpcResult } from '../../../shared/ipc/result.ts';
import type { SyncUser } from '../../../shared/sync/protocol.ts';
import { listCopies, openCopy, readOwner, type CopyPlace } from '../db/copies.ts';
import { DbProvider } from '../db/db-context.tsx';
import type { LocalDb } from '../db/local-db.ts';
import { ApiProvider } from '../platform/api-context.tsx';
import { SyncProvider, useSyncActions } from './sync-provider.tsx';

const SERVER = 'http://127.0.0.1:8787';
const user = (id: string, username: string, displayName: string): SyncUser => ({
  id,
  username,
  displayName,
  personId: null,
  unitId: null,
  isAdmin: false,
});
const lan = user('u-lan', 'nguyen.lan', 'Nguyễn Thị Lan');
const minh = user('u-minh', 'tran.minh', 'Trần Văn Minh');
const account = (u: SyncUser) => ({
  serverUrl: SERVER,
  userId: u.id,
  username: u.username,
  displayName: u.displayName,
});

/** Main as the provider sees it: who is signed in, a logout, and every sync call recorded and refused. */
function fakeMain(signedIn: SyncUser | null) {
  let current = signedIn;
  const calls: string[] = [];
  const status = (): ChannelOutput<'auth.status'> => ({ serverUrl: SERVER, user: current, online: true });
  const api: Api = {
    async invoke(channel) {
      calls.push(channel);
      const answer = (value: unknown) => ok(value) as IpcResult<never>;
      if (channel === 'auth.status') return answer(status());
      if (channel === 'auth.logout') {
        current = null;
        return answer(status());
      }
      return fail('offline', 'no server in this test');
    },
    on: () => () => undefined,
  };
  return { api, calls };
}

let actions: ReturnType<typeof useSyncActions> | null = null;
function Capture() {
  const value = useSyncActions();
  useEffect(() => {
    actions = value;
  }, [value]);
  return null;
}

const opened: LocalDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  actions = null;
});

async function mount(place: CopyPlace, db: LocalDb, signedIn: SyncUser | null) {
  opened.push(db);
  const main = fakeMain(signedIn);
  const reload = vi.fn();
  const view = render(
    <ApiProvider api={main.api}>
      <DbProvider db={db} actorId={null} copy={place}>
        <SyncProvider reload={reload}>
          <Capture />
        </SyncProvider>
      </DbProvider>
    </ApiProvider>,
  );
  return { ...main, reload, view };
}

const machine = (): CopyPlace => ({
  profileId: '0190c4a2-7b1e-7000-8000-000000000002',
  env: { indexedDB: new IDBFactory(), IDBKeyRange },
});

describe('SyncProvider and working copies', () => {
  it('never syncs another account’s copy: signed in as Minh on Lan’s copy, it reopens the app', async () => {
    const place = machine();
    (await openCopy(place, account(minh), 1)).db.close();
    const { db } = await openCopy(place, null, 1); // the unowned copy…
    (await openCopy(place, account(lan), 1)).db.close(); // …adopted by Lan meanwhile (another window)
    const { reload, calls, view } = await mount(place, db, minh);
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(calls.filter((channel) => channel.startsWith('sync.'))).toEqual([]);
    view.unmount();
  });

  it('binds the unowned copy to the first account that signs in, and starts syncing it', async () => {
    const place = machine();
    const { db } = await openCopy(place, null, 1);
    const { reload, calls, view } = await mount(place, db, lan);
    await waitFor(() => expect(calls.some((channel) => channel.startsWith('sync.'))).toBe(true));
    expect(await readOwner(db)).toMatchObject({ userId: 'u-lan', username: 'nguyen.lan' });
    expect(reload).not.toHaveBeenCalled();
    view.unmount();
  });

  it('signs out and removes this account’s copy from the machine, then reopens the app', async () => {
    const place = machine();
    const { db } = await openCopy(place, account(lan), 1);
    const { reload, calls, view } = await mount(place, db, lan);
    await waitFor(() => expect(actions).not.toBeNull());
    let failure: string | null = 'not called';
    await act(async () => {
      failure = (await actions?.signOut({ removeCopy: true })) ?? null;
    });
    expect(failure).toBeNull();
    expect(calls).toContain('auth.logout');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(await listCopies(place)).toEqual([]);
    view.unmount();
  });
});
