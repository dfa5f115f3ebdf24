import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { Database, Executor } from '../db/database.ts';
import { refreshTokens } from '../db/schema.ts';

/**
 * Refresh tokens: 32 random bytes, given to the client once and stored only as SHA-256. Each refresh
 * rotates the token; presenting an already rotated token again means it was copied, so the whole family
 * (every token descended from that login) is revoked and the user must sign in again.
 */
export interface IssuedRefreshToken {
  token: string;
  familyId: string;
  expiresAt: number;
}

export type RotationResult =
  | { ok: true; userId: string; next: IssuedRefreshToken }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' | 'client_mismatch' };

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssueOptions {
  userId: string;
  clientId: string;
  now: number;
  ttlMs: number;
  /** The login session it continues; a new family when absent. */
  familyId?: string;
  id?: string;
}

export async function issueRefreshToken(db: Executor, options: IssueOptions): Promise<IssuedRefreshToken> {
  const token = randomBytes(32).toString('base64url');
  const familyId = options.familyId ?? uuidv7(options.now);
  const expiresAt = options.now + options.ttlMs;
  await db.insert(refreshTokens).values({
    id: options.id ?? uuidv7(options.now),
    tokenHash: hashRefreshToken(token),
    familyId,
    userId: options.userId,
    clientId: options.clientId,
    createdAt: options.now,
    expiresAt,
  });
  return { token, familyId, expiresAt };
}

export async function revokeFamily(db: Executor, familyId: string, now: number): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

/** Revokes every live refresh token of a user, except those of `keepFamily` (the current session). */
export async function revokeUserTokens(db: Executor, userId: string, now: number, keepFamily?: string) {
  const conditions = [eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)];
  if (keepFamily) conditions.push(ne(refreshTokens.familyId, keepFamily));
  await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(...conditions));
}

export async function findRefreshToken(db: Executor, token: string) {
  const rows = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)));
  return rows[0] ?? null;
}

/** Swaps a refresh token for a new one of the same family, in one transaction. */
export async function rotateRefreshToken(
  database: Database,
  input: { token: string; clientId: string; now: number; ttlMs: number },
): Promise<RotationResult> {
  const { now } = input;
  return database.transaction(async (tx) => {
    const row = await findRefreshToken(tx, input.token);
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revokedAt !== null) {
      if (row.replacedBy === null) return { ok: false, reason: 'revoked' };
      await revokeFamily(tx, row.familyId, now);
      return { ok: false, reason: 'reused' };
    }
    if (row.expiresAt <= now) return { ok: false, reason: 'expired' };
    if (input.clientId !== row.clientId) return { ok: false, reason: 'client_mismatch' };
    const nextId = uuidv7(now);
    const claimed = await tx
      .update(refreshTokens)
      .set({ revokedAt: now, replacedBy: nextId })
      .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    if (claimed.length === 0) {
      // Another request rotated it at the same moment: the same token was used twice.
      await revokeFamily(tx, row.familyId, now);
      return { ok: false, reason: 'reused' };
    }
    const next = await issueRefreshToken(tx, {
      userId: row.userId,
      clientId: row.clientId,
      now,
      ttlMs: input.ttlMs,
      familyId: row.familyId,
      id: nextId,
    });
    return { ok: true, userId: row.userId, next };
  });
}
