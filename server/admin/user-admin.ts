import { isSpaceId } from '../../shared/domain/space.ts';
import { idSchema } from '../../shared/ids/index.ts';
import {
  passwordSchema,
  roles,
  usernameSchema,
  type Role,
  type SyncUser,
} from '../../shared/sync/protocol.ts';
import { DEFAULT_ARGON2_PARAMS, hashPassword, type Argon2Params } from '../auth/password.ts';
import { revokeUserTokens } from '../auth/refresh-tokens.ts';
import {
  deleteGrant,
  findUserByUsername,
  insertUser,
  listGrants,
  listUsers,
  setUserDisabled,
  toSyncUser,
  updatePasswordHash,
  upsertGrant,
  type UserRow,
} from '../auth/user-store.ts';
import type { Database } from '../db/database.ts';
import { publishGrantsChanged } from '../live/notice.ts';
import { operatorActor, recordAdminAction, type AdminActor } from './admin-audit.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** Account administration, used by the admin CLI and by tests. Errors carry a Vietnamese message. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdminError';
  }
}

function check<T>(
  schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  message: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AdminError(message);
  return parsed.data;
}

async function requireUser(database: Database, username: string): Promise<UserRow> {
  const user = await findUserByUsername(database.orm, username);
  if (!user) throw new AdminError(serverMessage('admin.noUser', { username }));
  return user;
}

export interface CreateUserInput {
  username: string;
  password: string;
  displayName: string;
  unitId?: string | null;
  personId?: string | null;
  isAdmin?: boolean;
  argon2?: Argon2Params;
  now?: number;
  /** Who makes it (audited); the machine's operator when the CLI works on the database directly. */
  actor?: AdminActor;
}

export async function createUser(database: Database, input: CreateUserInput): Promise<SyncUser> {
  const username = check(usernameSchema, input.username, serverMessage('admin.badUsername'));
  const password = check(passwordSchema, input.password, serverMessage('admin.badPassword'));
  const displayName = input.displayName.normalize('NFC').trim();
  if (displayName === '' || displayName.length > 200)
    throw new AdminError(serverMessage('admin.badDisplayName'));
  const unitId = input.unitId ? check(idSchema, input.unitId, serverMessage('admin.badUnitId')) : null;
  const personId = input.personId
    ? check(idSchema, input.personId, serverMessage('admin.badPersonId'))
    : null;
  if (await findUserByUsername(database.orm, username))
    throw new AdminError(serverMessage('admin.userExists', { username }));
  const passwordHash = await hashPassword(password, input.argon2 ?? DEFAULT_ARGON2_PARAMS);
  const now = input.now ?? Date.now();
  const isAdmin = input.isAdmin ?? false;
  const row = await database.transaction(async (tx) => {
    const inserted = await insertUser(
      tx,
      { username, displayName, passwordHash, unitId, personId, isAdmin },
      now,
    );
    const details = { displayName, unitId, personId, isAdmin };
    await recordAdminAction(
      tx,
      input.actor ?? operatorActor(),
      { action: 'account.create', target: username, details },
      now,
    );
    return inserted;
  });
  return toSyncUser(row);
}

export async function grantRole(
  database: Database,
  input: { username: string; spaceId: string; role: string; actor?: AdminActor },
) {
  if (!isSpaceId(input.spaceId)) {
    throw new AdminError(serverMessage('admin.badSpace'));
  }
  if (!(roles as readonly string[]).includes(input.role))
    throw new AdminError(serverMessage('admin.badRole'));
  const user = await requireUser(database, input.username);
  // The user's open live sockets close when this commits, and reconnect with the new grants.
  await database.transaction(async (tx) => {
    const now = Date.now();
    await upsertGrant(tx, user.id, input.spaceId, input.role as Role, now, input.actor?.userId ?? null);
    const line = {
      action: 'grant.set',
      target: user.username,
      details: { spaceId: input.spaceId, role: input.role },
    } as const;
    await recordAdminAction(tx, input.actor ?? operatorActor(), line, now);
    await publishGrantsChanged(tx, database.noticeChannel, user.id);
  });
}

export async function revokeRole(
  database: Database,
  input: { username: string; spaceId: string; actor?: AdminActor },
) {
  const user = await requireUser(database, input.username);
  await database.transaction(async (tx) => {
    if (!(await deleteGrant(tx, user.id, input.spaceId))) {
      throw new AdminError(
        serverMessage('admin.noGrant', { username: input.username, space: input.spaceId }),
      );
    }
    const line = {
      action: 'grant.remove',
      target: user.username,
      details: { spaceId: input.spaceId },
    } as const;
    await recordAdminAction(tx, input.actor ?? operatorActor(), line, Date.now());
    await publishGrantsChanged(tx, database.noticeChannel, user.id);
  });
}

/** Sets a new password and signs the user out everywhere. */
export async function resetPassword(
  database: Database,
  input: { username: string; password: string; argon2?: Argon2Params; actor?: AdminActor },
) {
  const password = check(passwordSchema, input.password, serverMessage('admin.badPassword'));
  const user = await requireUser(database, input.username);
  const hash = await hashPassword(password, input.argon2 ?? DEFAULT_ARGON2_PARAMS);
  const now = Date.now();
  await database.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, hash, now);
    await revokeUserTokens(tx, user.id, now);
    await recordAdminAction(
      tx,
      input.actor ?? operatorActor(),
      { action: 'account.password', target: user.username },
      now,
    );
    await publishGrantsChanged(tx, database.noticeChannel, user.id);
  });
}

/** Locks or unlocks an account; locking also signs it out everywhere. */
export async function setDisabled(
  database: Database,
  input: { username: string; disabled: boolean; actor?: AdminActor },
) {
  const user = await requireUser(database, input.username);
  const now = Date.now();
  await database.transaction(async (tx) => {
    await setUserDisabled(tx, user.id, input.disabled, now);
    const action = input.disabled ? 'account.disable' : 'account.enable';
    await recordAdminAction(tx, input.actor ?? operatorActor(), { action, target: user.username }, now);
    if (!input.disabled) return;
    await revokeUserTokens(tx, user.id, now);
    // Signed out everywhere: the open live sockets close too (their reconnect is refused).
    await publishGrantsChanged(tx, database.noticeChannel, user.id);
  });
}

/** Ends every session of the account (its devices must sign in again); the account stays usable. */
export async function signOutEverywhere(database: Database, input: { username: string; actor?: AdminActor }) {
  const user = await requireUser(database, input.username);
  const now = Date.now();
  await database.transaction(async (tx) => {
    await revokeUserTokens(tx, user.id, now);
    await recordAdminAction(
      tx,
      input.actor ?? operatorActor(),
      { action: 'account.signOut', target: user.username },
      now,
    );
    await publishGrantsChanged(tx, database.noticeChannel, user.id);
  });
}

export async function listUsersWithGrants(database: Database) {
  const rows = await listUsers(database.orm);
  return Promise.all(
    rows.map(async (row) => ({
      ...toSyncUser(row),
      disabled: row.disabled,
      grants: await listGrants(database.orm, row.id),
    })),
  );
}
