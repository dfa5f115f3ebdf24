import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { accountCopyName, baseCopyName, localCopyName } from './copy-name.ts';
import { checkCopyFor, listCopies, openCopy, readOwner, removeCopy, type CopyPlace } from './copies.ts';
import { createRecord } from './write.ts';
import { updateSyncState } from '../sync-engine/sync-state.ts';

const PROFILE = '0190c4a2-7b1e-7000-8000-000000000001';
const SERVER = 'http://127.0.0.1:8787';
const lan = { serverUrl: SERVER, userId: 'u-lan', username: 'nguyen.lan', displayName: 'Nguyễn Thị Lan' };
const minh = { serverUrl: SERVER, userId: 'u-minh', username: 'tran.minh', displayName: 'Trần Văn Minh' };

const ward = {
  spaceId: 'directory',
  kind: 'ward',
  parentId: null,
  name: 'Phường Bồ Đề',
  shortName: 'Bồ Đề',
} as const;

function machine(): CopyPlace {
  return { profileId: PROFILE, env: { indexedDB: new IDBFactory(), IDBKeyRange } };
}

/** One start of the app: opens the copy for `account`, runs `work` in it, closes it. */
async function start<T>(
  place: CopyPlace,
  account: typeof lan | null,
  work: (db: Awaited<ReturnType<typeof openCopy>>['db']) => Promise<T>,
): Promise<{ name: string; result: T }> {
  const { db } = await openCopy(place, account, Date.UTC(2024, 2, 1));
  try {
    return { name: db.name, result: await work(db) };
  } finally {
    db.close();
  }
}

const units = (db: Awaited<ReturnType<typeof openCopy>>['db']) => db.unit.toArray();

describe('one working copy per (server, account)', () => {
  it('the first sign-in adopts the copy the user worked in before signing in, and binds it', async () => {
    const place = machine();
    const offline = await start(place, null, async (db) => {
      await createRecord({ db, now: () => Date.UTC(2024, 2, 1), actorId: null }, 'unit', ward);
      return readOwner(db);
    });
    expect(offline).toEqual({ name: baseCopyName(PROFILE), result: null });

    const signedIn = await start(place, lan, async (db) => ({
      owner: await readOwner(db),
      units: await units(db),
      outbox: await db.outbox.count(),
    }));
    expect(signedIn.name).toBe(baseCopyName(PROFILE));
    expect(signedIn.result.owner).toMatchObject({
      userId: 'u-lan',
      username: 'nguyen.lan',
      serverUrl: SERVER,
    });
    expect(signedIn.result.units).toHaveLength(1);
    expect(signedIn.result.outbox).toBe(1);
  });

  it('a second user gets a new, empty copy; the first signing back gets theirs, with their outbox', async () => {
    const place = machine();
    await start(place, lan, (db) => createRecord({ db, now: () => 1, actorId: null }, 'unit', ward));

    const second = await start(place, minh, async (db) => ({
      owner: await readOwner(db),
      units: await units(db),
      outbox: await db.outbox.count(),
    }));
    expect(second.name).toBe(accountCopyName(PROFILE, minh));
    expect(second.result).toMatchObject({ owner: { userId: 'u-minh' }, units: [], outbox: 0 });

    const back = await start(place, lan, async (db) => ({
      owner: await readOwner(db),
      outbox: await db.outbox.count(),
    }));
    expect(back.name).toBe(baseCopyName(PROFILE));
    expect(back.result).toMatchObject({ owner: { userId: 'u-lan' }, outbox: 1 });

    const again = await start(place, minh, units);
    expect(again).toEqual({ name: accountCopyName(PROFILE, minh), result: [] });
  });

  it('the same user on another server is another account', async () => {
    const place = machine();
    await start(place, lan, async () => undefined);
    const elsewhere = await start(place, { ...lan, serverUrl: 'https://may-chu.quan.example' }, readOwner);
    expect(elsewhere.name).not.toBe(baseCopyName(PROFILE));
    expect(elsewhere.result?.serverUrl).toBe('https://may-chu.quan.example');
    // One server typed with a trailing slash or capitals is still the same server.
    const typedAgain = await start(
      place,
      { ...lan, serverUrl: 'HTTP://127.0.0.1:8787/' },
      async () => undefined,
    );
    expect(typedAgain.name).toBe(baseCopyName(PROFILE));
  });

  it('signed out, the machine opens an unowned copy, never an account’s, and the next user adopts it', async () => {
    const place = machine();
    await start(place, lan, (db) => createRecord({ db, now: () => 1, actorId: null }, 'unit', ward));
    const signedOut = await start(place, null, async (db) => {
      await createRecord({ db, now: () => 2, actorId: null }, 'unit', { ...ward, name: 'Phường Gia Thụy' });
      return { owner: await readOwner(db), units: (await units(db)).map((u) => u.name) };
    });
    expect(signedOut).toEqual({
      name: localCopyName(PROFILE, 1),
      result: { owner: null, units: ['Phường Gia Thụy'] },
    });
    // Minh worked before signing in: his first sign-in keeps and pushes that work.
    const adopted = await start(place, minh, async (db) => ({
      owner: await readOwner(db),
      outbox: await db.outbox.count(),
    }));
    expect(adopted.name).toBe(localCopyName(PROFILE, 1));
    expect(adopted.result).toMatchObject({ owner: { userId: 'u-minh' }, outbox: 1 });
    // Both copies are bound now: signed out again, a fresh one.
    expect((await start(place, null, units)).name).toBe(localCopyName(PROFILE, 2));
  });

  it('never adopts an unowned copy the engine already synced as someone else', async () => {
    const place = machine();
    await start(place, null, (db) =>
      db.transaction('rw', db.meta, () => updateSyncState(db, { userId: 'u-lan' })),
    );
    const opened = await start(place, minh, readOwner);
    expect(opened.name).toBe(accountCopyName(PROFILE, minh));
  });

  it('a removed copy is gone from the machine; signing in again starts an empty copy', async () => {
    const place = machine();
    await start(place, lan, async () => undefined);
    const { db } = await openCopy(place, minh, 1);
    await createRecord({ db, now: () => 1, actorId: null }, 'unit', ward);
    await removeCopy(db);
    expect((await listCopies(place)).map((copy) => copy.name)).toEqual([baseCopyName(PROFILE)]);
    const fresh = await start(place, minh, async (copy) => ({
      units: await units(copy),
      outbox: await copy.outbox.count(),
    }));
    expect(fresh.result).toEqual({ units: [], outbox: 0 });
  });

  it('tells the sync provider to switch when the signed-in account owns another copy, and binds the first', async () => {
    const place = machine();
    await start(place, lan, async () => undefined);
    await start(place, minh, async () => undefined);
    const { db } = await openCopy(place, null, 1); // the unowned --local copy
    try {
      expect(await checkCopyFor(db, place, lan, 2)).toBe('switch');
      expect(await readOwner(db)).toBeNull();
      const third = { ...minh, userId: 'u-hoa', username: 'le.hoa', displayName: 'Lê Thị Hoa' };
      expect(await checkCopyFor(db, place, third, 2)).toBe('ready');
      expect(await readOwner(db)).toMatchObject({ userId: 'u-hoa' });
      // Without a place to switch from, a copy bound to someone else is never synced.
      expect(await checkCopyFor(db, null, lan, 3)).toBe('foreign');
    } finally {
      db.close();
    }
  });
});
