import type { DexieOptions } from 'dexie';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { chooseCopy, type CopyChoice, type CopyInfo } from './copy-choice.ts';
import { isCopyName, normaliseServerUrl, sameAccount, type AccountRef } from './copy-name.ts';
import { openLocalDb, type CopyOwner, type LocalDb } from './local-db.ts';

/** The IndexedDB the copies live in: the page's own (both absent), or fake-indexeddb in tests. */
export interface CopyEnv {
  indexedDB?: IDBFactory;
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
}

/** Where the working copies of one profile are: what the sync provider needs to switch between them. */
export interface CopyPlace {
  profileId: string;
  env: CopyEnv;
}

/** A signed-in account as main reports it, with the names the screens show. */
export interface SignedInAccount extends AccountRef {
  username: string;
  displayName: string;
}

export function accountOf(
  status: Pick<ChannelOutput<'auth.status'>, 'serverUrl' | 'user'>,
): SignedInAccount | null {
  if (!status.user || !status.serverUrl) return null;
  return {
    serverUrl: normaliseServerUrl(status.serverUrl),
    userId: status.user.id,
    username: status.user.username,
    displayName: status.user.displayName,
  };
}

export async function readOwner(db: LocalDb): Promise<CopyOwner | null> {
  const row = await db.meta.get('owner');
  return row?.key === 'owner' ? row.value : null;
}

/** Binds an unowned copy to an account: from now on its outbox is pushed as that account only. */
export async function bindOwner(db: LocalDb, account: SignedInAccount, now: number): Promise<CopyOwner> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await readOwner(db);
    if (existing) return existing;
    const owner: CopyOwner = {
      serverUrl: normaliseServerUrl(account.serverUrl),
      userId: account.userId,
      username: account.username,
      displayName: account.displayName,
      boundAt: now,
    };
    await db.meta.put({ key: 'owner', value: owner });
    return owner;
  });
}

async function describe(db: LocalDb): Promise<CopyInfo> {
  const [owner, sync] = await db.meta.bulkGet(['owner', 'sync']);
  return {
    name: db.name,
    owner: owner?.key === 'owner' ? owner.value : null,
    syncedUserId: sync?.key === 'sync' ? (sync.value.userId ?? null) : null,
  };
}

/** Every working copy of the profile on this machine, with its owner; `open` is read without reopening. */
export async function listCopies(place: CopyPlace, open?: LocalDb): Promise<CopyInfo[]> {
  const factory = place.env.indexedDB ?? globalThis.indexedDB;
  const names = (await factory.databases())
    .map((entry) => entry.name)
    .filter((name): name is string => name !== undefined && isCopyName(place.profileId, name));
  const copies: CopyInfo[] = [];
  for (const name of names) {
    if (open && name === open.name) {
      copies.push(await describe(open));
      continue;
    }
    const db = openLocalDb(name, place.env);
    try {
      copies.push(await describe(db));
    } finally {
      db.close();
    }
  }
  return copies;
}

/**
 * Opens the working copy for whoever is signed in (or the unowned one when nobody is), creating it if
 * needed, and binds it to the account when it is the account's first. Called once at start.
 */
export async function openCopy(
  place: CopyPlace,
  account: SignedInAccount | null,
  now: number,
): Promise<{ db: LocalDb; choice: CopyChoice }> {
  const choice = chooseCopy(place.profileId, await listCopies(place), account);
  const db = openLocalDb(choice.name, place.env);
  await db.open();
  if (choice.bind && account) await bindOwner(db, account, now);
  return { db, choice };
}

/**
 * Whether sync may run on the open copy as `account`: `ready` (bound now if it was the account's first),
 * `switch` (another copy is this account's: reopen the app on it), or `foreign` (bound to someone else
 * with nowhere to switch to — never sync it).
 */
export async function checkCopyFor(
  db: LocalDb,
  place: CopyPlace | null,
  account: SignedInAccount,
  now: number,
): Promise<'ready' | 'switch' | 'foreign'> {
  if (place) {
    const choice = chooseCopy(place.profileId, await listCopies(place, db), account);
    if (choice.name !== db.name) return 'switch';
  }
  const owner = (await readOwner(db)) ?? (await bindOwner(db, account, now));
  // Bound to someone else although the rule picked it (a hash clash): never sync it, and never reload
  // into the same choice again.
  return sameAccount(owner, account) ? 'ready' : 'foreign';
}

/** Xoá bản sao khỏi máy: closes the copy and deletes its whole database (records, outbox, history). */
export async function removeCopy(db: LocalDb): Promise<void> {
  await db.delete({ disableAutoOpen: true });
}
