import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { AdminAccount } from '../../shared/sync/admin-api.ts';
import { matchesSearch } from '../../shared/text/search.ts';
import { orderCapabilities } from '../auth/user-store.ts';
import type { Executor } from '../db/database.ts';
import { capabilities, grants, refreshTokens, users } from '../db/schema.ts';

/**
 * Accounts as an administrator sees them: every account (locked ones too), with the capabilities it holds
 * itself, its grants and how many devices are signed in (live refresh tokens: one per device session).
 */
export async function adminAccounts(db: Executor, now: number, q = ''): Promise<AdminAccount[]> {
  const [rows, held, granted, live] = await Promise.all([
    db.select().from(users).orderBy(asc(users.username)),
    db.select().from(capabilities).where(eq(capabilities.holderKind, 'user')),
    db.select().from(grants).orderBy(asc(grants.spaceId)),
    db
      .select({ userId: refreshTokens.userId })
      .from(refreshTokens)
      .where(and(isNull(refreshTokens.revokedAt), gt(refreshTokens.expiresAt, now))),
  ]);
  return rows
    .filter((user) => !q || matchesSearch(q, `${user.username} ${user.displayName}`))
    .map((user) => ({
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      unitId: user.unitId,
      personId: user.personId,
      isAdmin: user.isAdmin,
      disabled: user.disabled,
      capabilities: orderCapabilities(
        held.filter((row) => row.holderId === user.id).map((row) => row.capability),
      ),
      grants: granted
        .filter((row) => row.userId === user.id)
        .map((row) => ({ spaceId: row.spaceId, role: row.role })),
      sessions: live.filter((row) => row.userId === user.id).length,
    }));
}

/** One account by its username, or null. */
export async function adminAccount(db: Executor, now: number, username: string) {
  const all = await adminAccounts(db, now);
  return all.find((account) => account.username === username) ?? null;
}

/** The account's live sessions: which device (client id), since when, until when. */
export async function accountSessions(db: Executor, now: number, userId: string) {
  return db
    .select({
      clientId: refreshTokens.clientId,
      createdAt: refreshTokens.createdAt,
      expiresAt: refreshTokens.expiresAt,
    })
    .from(refreshTokens)
    .where(
      and(
        eq(refreshTokens.userId, userId),
        isNull(refreshTokens.revokedAt),
        gt(refreshTokens.expiresAt, now),
      ),
    )
    .orderBy(asc(refreshTokens.createdAt));
}
