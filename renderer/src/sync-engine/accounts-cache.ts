import type { LocalDb } from '../db/local-db.ts';
import type { AccountsState } from '../db/local-rows.ts';
import type { SyncTransport } from './transport.ts';

/**
 * The accounts list (names, units), fetched at each round and kept in meta 'accounts' for the screens that
 * name people: who made a change, whom to grant a space. It is a convenience, never a reason to fail a
 * round: a transport without the call, an older server or a failed call keep the list saved last.
 * Answers whether the list was renewed.
 */
export async function refreshAccounts(
  db: LocalDb,
  transport: SyncTransport,
  now: () => number,
): Promise<boolean> {
  if (!transport.accounts) return false;
  let accounts: AccountsState['accounts'];
  try {
    ({ accounts } = await transport.accounts());
  } catch {
    return false;
  }
  await db.transaction('rw', db.meta, () => db.meta.put({ key: 'accounts', value: { accounts, at: now() } }));
  return true;
}

/** The accounts saved at the last round that fetched them, or null when none ever was. */
export async function savedAccounts(db: LocalDb): Promise<AccountsState | null> {
  const row = await db.meta.get('accounts');
  return row?.key === 'accounts' ? row.value : null;
}
