import type { LocalDb } from '../db/local-db.ts';
import { clockOffsetFrom, loadSyncState, updateSyncState } from './sync-state.ts';
import type { AccessAnswer, SyncTransport } from './transport.ts';

/** The open copy belongs to another account than the one signed in: nothing is pushed or pulled. */
export class WrongCopyError extends Error {
  readonly owner: string;
  readonly signedIn: string;
  constructor(owner: string, signedIn: string) {
    super(
      `Bản sao dữ liệu này của tài khoản ${owner}, không phải ${signedIn}: mở lại ứng dụng để dùng đúng bản sao.`,
    );
    this.name = 'WrongCopyError';
    this.owner = owner;
    this.signedIn = signedIn;
  }
}

/**
 * Who we are, checked before anything moves: a copy bound to another account is never pushed or
 * pulled as this one. The answer's server time corrects the clock before the outbox is read, and the
 * user and grants are saved for the screens (they decide edit controls by the server's rules).
 */
export async function learnAccess(
  db: LocalDb,
  transport: SyncTransport,
  now: () => number,
): Promise<AccessAnswer> {
  const sentAt = now();
  const access = await transport.access();
  // The copy is bound to the first account that syncs it (SyncState.userId), and to its owner once the
  // app has named one (meta 'owner', with the server): any other account is refused before a push.
  const [owner, state] = await Promise.all([db.meta.get('owner'), loadSyncState(db)]);
  if (owner?.key === 'owner' && owner.value.userId !== access.user.id)
    throw new WrongCopyError(owner.value.username, access.user.username);
  if (state.userId !== null && state.userId !== access.user.id)
    throw new WrongCopyError(state.userId, access.user.username);
  await db.transaction('rw', db.meta, async () => {
    await updateSyncState(db, {
      userId: access.user.id,
      clockOffsetMs: clockOffsetFrom(access.serverTime, sentAt, now()),
    });
    await db.meta.put({
      key: 'access',
      value: { user: access.user, grants: access.grants, capabilities: access.capabilities ?? [], at: now() },
    });
  });
  return access;
}
