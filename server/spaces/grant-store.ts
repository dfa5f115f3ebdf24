import { and, asc, eq } from 'drizzle-orm';
import type { Role } from '../../shared/sync/protocol.ts';
import type { Account, SpaceGrant } from '../../shared/sync/spaces-api.ts';
import { orderCapabilities } from '../auth/user-store.ts';
import type { Executor } from '../db/database.ts';
import { capabilities, grants, users } from '../db/schema.ts';

/** The grants of one space and the accounts to choose from, as the spaces API answers them. */
export async function listSpaceGrants(db: Executor, spaceId: string): Promise<SpaceGrant[]> {
  return db
    .select({
      userId: grants.userId,
      displayName: users.displayName,
      unitId: users.unitId,
      role: grants.role,
      grantedAt: grants.grantedAt,
      grantedBy: grants.grantedBy,
    })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.userId))
    .where(eq(grants.spaceId, spaceId))
    .orderBy(asc(users.displayName), asc(grants.userId));
}

/** The role the user holds on the space by a stored grant, or null. */
export async function storedRole(db: Executor, userId: string, spaceId: string): Promise<Role | null> {
  const rows = await db
    .select({ role: grants.role })
    .from(grants)
    .where(and(eq(grants.userId, userId), eq(grants.spaceId, spaceId)));
  return rows[0]?.role ?? null;
}

/** Every account that may sign in, with the capabilities it holds (its own and its unit's). */
export async function listAccounts(db: Executor): Promise<Account[]> {
  const [rows, held] = await Promise.all([
    db.select().from(users).where(eq(users.disabled, false)).orderBy(asc(users.displayName), asc(users.id)),
    db.select().from(capabilities),
  ]);
  return rows.map((user) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    personId: user.personId,
    unitId: user.unitId,
    isAdmin: user.isAdmin,
    capabilities: orderCapabilities(
      held
        .filter(
          (row) =>
            (row.holderKind === 'user' && row.holderId === user.id) ||
            (row.holderKind === 'unit' && row.holderId === user.unitId),
        )
        .map((row) => row.capability),
    ),
  }));
}
