/**
 * Tên cơ sở dữ liệu của các bản sao dữ liệu trên máy — the names of the working copies of one profile.
 *
 * The profile's first copy keeps the name it always had (`so-tay-<profileId>`), so an existing install
 * opens its data unchanged. A copy made for an account is named from a stable hash of (server, user): a
 * copy created for an account is recognised as that account's even before its owner row is written. A
 * copy made while nobody is signed in (the first one is taken) is `--local`, `--local-2`, … Names carry
 * no authority: who a copy belongs to is its `owner` meta row.
 */

export interface AccountRef {
  serverUrl: string;
  userId: string;
}

export function baseCopyName(profileId: string): string {
  return `so-tay-${profileId}`;
}

/** One server typed two ways (case, a trailing slash, the default port) is still one server. */
export function normaliseServerUrl(url: string): string {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return trimmed.toLowerCase().replace(/\/+$/, '');
  }
}

export function sameAccount(a: AccountRef, b: AccountRef): boolean {
  return a.userId === b.userId && normaliseServerUrl(a.serverUrl) === normaliseServerUrl(b.serverUrl);
}

/** FNV-1a, 64 bits: stable across runs and machines, no async crypto needed at start. Not a secret. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function accountCopyName(profileId: string, account: AccountRef): string {
  return `${baseCopyName(profileId)}--acct-${fnv1a64(`${normaliseServerUrl(account.serverUrl)}\n${account.userId}`)}`;
}

/** The n-th copy made while signed out (1 is `--local`). */
export function localCopyName(profileId: string, n: number): string {
  return `${baseCopyName(profileId)}--local${n > 1 ? `-${n}` : ''}`;
}

export function isCopyName(profileId: string, name: string): boolean {
  const base = baseCopyName(profileId);
  return name === base || name.startsWith(`${base}--`);
}

/** The base copy and signed-out copies may be adopted by the first account that signs in to them. */
export function isAdoptableName(profileId: string, name: string): boolean {
  return name === baseCopyName(profileId) || name.startsWith(`${baseCopyName(profileId)}--local`);
}
