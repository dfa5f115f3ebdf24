import type { CopyOwner } from './local-db.ts';
import {
  accountCopyName,
  baseCopyName,
  isAdoptableName,
  localCopyName,
  sameAccount,
  type AccountRef,
} from './copy-name.ts';

/** What start needs to know of each working copy on this machine. */
export interface CopyInfo {
  name: string;
  owner: CopyOwner | null;
  /** `SyncState.userId`: the account the engine last synced this copy as (null if never). */
  syncedUserId: string | null;
}

/** The copy to open, and whether it must be bound to the signed-in account first. */
export interface CopyChoice {
  name: string;
  bind: boolean;
}

/** The base copy first, then the others in name order: the same answer on every start. */
function byPreference(profileId: string) {
  const base = baseCopyName(profileId);
  return (a: CopyInfo, b: CopyInfo) =>
    a.name === base ? -1 : b.name === base ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function unownedCopies(profileId: string, copies: readonly CopyInfo[]): CopyInfo[] {
  return copies
    .filter((copy) => copy.owner === null && isAdoptableName(profileId, copy.name))
    .sort(byPreference(profileId));
}

/**
 * Một bản sao cho mỗi (máy chủ, tài khoản) — which working copy to open. Pure, so every rule is tested.
 *
 * Signed in: the copy bound to this account; else a copy made for it but not yet bound (a start cut off
 * between create and bind); else the unowned copy the user worked in before signing in is adopted (the
 * first sign-in keeps and pushes that offline work) unless the engine already synced it as someone else;
 * else a new copy: the base name while it is free (a fresh machine), otherwise one named for the account.
 *
 * Signed out: the unowned copy, else a new unowned one. A signed-out machine never shows an account's
 * data: a shared ward PC does not hand one official's records to the next person who opens it.
 */
export function chooseCopy(
  profileId: string,
  copies: readonly CopyInfo[],
  account: AccountRef | null,
): CopyChoice {
  const taken = new Set(copies.map((copy) => copy.name));
  if (!account) {
    const unowned = unownedCopies(profileId, copies)[0];
    if (unowned) return { name: unowned.name, bind: false };
    if (!taken.has(baseCopyName(profileId))) return { name: baseCopyName(profileId), bind: false };
    let n = 1;
    while (taken.has(localCopyName(profileId, n))) n += 1;
    return { name: localCopyName(profileId, n), bind: false };
  }
  const own = copies.find((copy) => copy.owner !== null && sameAccount(copy.owner, account));
  if (own) return { name: own.name, bind: false };
  const named = accountCopyName(profileId, account);
  const made = copies.find((copy) => copy.name === named && copy.owner === null);
  if (made) return { name: made.name, bind: true };
  const adoptable = unownedCopies(profileId, copies).find(
    (copy) => copy.syncedUserId === null || copy.syncedUserId === account.userId,
  );
  if (adoptable) return { name: adoptable.name, bind: true };
  if (!taken.has(baseCopyName(profileId))) return { name: baseCopyName(profileId), bind: true };
  return { name: named, bind: true };
}
