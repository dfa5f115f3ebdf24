import { and, asc, eq, sql } from 'drizzle-orm';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { Grant, Role, SyncUser } from '../../shared/sync/protocol.ts';
import type { Principal } from '../../shared/authz/access.ts';
import { capabilities as allCapabilities, type Capability } from '../../shared/authz/capabilities.ts';
import type { Executor } from '../db/database.ts';
import { capabilities, grants, refreshTokens, users } from '../db/schema.ts';

/** Accounts and their space grants in the database. */
export type UserRow = typeof users.$inferSelect;

export function toSyncUser(row: UserRow): SyncUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    personId: row.personId,
    unitId: row.unitId,
    isAdmin: row.isAdmin,
  };
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.username, username));
  return rows[0] ?? null;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const rows = await db.select().from(users).where(eq(users.id, id));
  return rows[0] ?? null;
}

export async function listGrants(db: Executor, userId: string): Promise<Grant[]> {
  const rows = await db
    .select({ spaceId: grants.spaceId, role: grants.role })
    .from(grants)
    .where(eq(grants.userId, userId))
    .orderBy(asc(grants.spaceId));
  return rows;
}

/** The capabilities an account holds, its own and its unit's, in the catalogue's order (SQL, per user row). */
const heldCapabilities = sql<Capability[] | null>`(SELECT json_agg(DISTINCT c.capability)
  FROM ${capabilities} c
  WHERE (c.holder_kind = 'user' AND c.holder_id = ${users.id})
     OR (c.holder_kind = 'unit' AND c.holder_id = ${users.unitId}))`;

/** In the catalogue's order, whatever order the database gave. */
export const orderCapabilities = (held: readonly string[] | null): Capability[] =>
  allCapabilities.filter((capability) => held?.includes(capability) === true);

export function principalOfRow(
  user: UserRow,
  userGrants: Grant[],
  held: readonly string[] | null,
): Principal {
  return {
    userId: user.id,
    isAdmin: user.isAdmin,
    unitId: user.unitId,
    grants: userGrants,
    capabilities: orderCapabilities(held),
  };
}

/** The signed-in user and what they may do, or null when the account is gone or disabled. */
export async function loadPrincipal(
  db: Executor,
  userId: string,
): Promise<{ user: UserRow; principal: Principal } | null> {
  const rows = await db
    .select({ user: users, capabilities: heldCapabilities })
    .from(users)
    .where(eq(users.id, userId));
  const row = rows[0];
  if (!row || row.user.disabled) return null;
  const userGrants = await listGrants(db, userId);
  return { user: row.user, principal: principalOfRow(row.user, userGrants, row.capabilities) };
}

/**
 * What authenticating a request needs, in one query: the account, its grants, and whether the login
 * session (refresh token family) is still live. Null when the account is gone or disabled.
 */
export async function loadSessionPrincipal(
  db: Executor,
  input: { userId: string; familyId: string; now: number },
): Promise<{ user: UserRow; principal: Principal; sessionActive: boolean } | null> {
  const rows = await db
    .select({
      user: users,
      sessionActive: sql<boolean>`EXISTS (SELECT 1 FROM ${refreshTokens}
        WHERE ${refreshTokens.familyId} = ${input.familyId} AND ${refreshTokens.revokedAt} IS NULL
          AND ${refreshTokens.expiresAt} > ${input.now})`,
      grants: sql<Grant[] | null>`(SELECT json_agg(json_build_object('spaceId', g.space_id, 'role', g.role)
        ORDER BY g.space_id) FROM ${grants} g WHERE g.user_id = ${users.id})`,
      capabilities: heldCapabilities,
    })
    .from(users)
    .where(eq(users.id, input.userId));
  const row = rows[0];
  if (!row || row.user.disabled) return null;
  const { user } = row;
  return {
    user,
    principal: principalOfRow(user, row.grants ?? [], row.capabilities),
    sessionActive: row.sessionActive === true,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  personId?: string | null;
  unitId?: string | null;
  isAdmin?: boolean;
}

export async function insertUser(db: Executor, input: NewUser, now: number): Promise<UserRow> {
  const rows = await db
    .insert(users)
    .values({
      id: uuidv7(now),
      username: input.username,
      displayName: input.displayName,
      passwordHash: input.passwordHash,
      personId: input.personId ?? null,
      unitId: input.unitId ?? null,
      isAdmin: input.isAdmin ?? false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  const row = rows[0];
  if (!row) throw new Error('Inserting the user returned no row.');
  return row;
}

export async function updatePasswordHash(db: Executor, userId: string, hash: string, now: number) {
  await db.update(users).set({ passwordHash: hash, updatedAt: now }).where(eq(users.id, userId));
}

export async function setUserDisabled(db: Executor, userId: string, disabled: boolean, now: number) {
  await db.update(users).set({ disabled, updatedAt: now }).where(eq(users.id, userId));
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.username));
}

export async function upsertGrant(
  db: Executor,
  userId: string,
  spaceId: string,
  role: Role,
  now: number,
  grantedBy: string | null = null,
) {
  await db
    .insert(grants)
    .values({ userId, spaceId, role, grantedAt: now, grantedBy })
    .onConflictDoUpdate({
      target: [grants.userId, grants.spaceId],
      set: { role, grantedAt: now, grantedBy },
    });
}

/** Removes a grant; true when there was one. */
export async function deleteGrant(db: Executor, userId: string, spaceId: string): Promise<boolean> {
  const rows = await db
    .delete(grants)
    .where(and(eq(grants.userId, userId), eq(grants.spaceId, spaceId)))
    .returning({ spaceId: grants.spaceId });
  return rows.length > 0;
}
