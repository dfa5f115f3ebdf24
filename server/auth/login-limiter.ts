import { and, desc, eq, gt, lt, max } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { loginAttempts } from '../db/schema.ts';

/**
 * Login rate limits, kept in the database so every instance sees the same counts: at most
 * `maxPerUsername` failed attempts for one account (since its last success) and `maxPerIp` from one
 * address within `windowMs`. Beyond that the answer is 429 until the oldest counted failure ages out.
 */
export interface LoginLimits {
  windowMs: number;
  maxPerUsername: number;
  maxPerIp: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60_000, maxPerUsername: 5, maxPerIp: 30 };

/** How long old attempts are kept (they only matter within the window). */
const KEEP_MS = 24 * 60 * 60_000;

export type LimitCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

async function lastSuccessAt(db: Executor, username: string): Promise<number> {
  const rows = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true)));
  return Number(rows[0]?.at ?? 0);
}

/** The time of the failure that makes the count reach `limit`, if it does. */
async function limitingFailure(
  db: Executor,
  key: { column: typeof loginAttempts.username | typeof loginAttempts.ip; value: string },
  since: number,
  limit: number,
): Promise<number | null> {
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(key.column, key.value), eq(loginAttempts.success, false), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .offset(limit - 1)
    .limit(1);
  return rows[0]?.at ?? null;
}

export async function checkLoginAllowed(
  db: Executor,
  input: { username: string; ip: string; now: number; limits: LoginLimits },
): Promise<LimitCheck> {
  const { now, limits } = input;
  const windowStart = now - limits.windowMs;
  const userSince = Math.max(windowStart, await lastSuccessAt(db, input.username));
  const byUser = await limitingFailure(
    db,
    { column: loginAttempts.username, value: input.username },
    userSince,
    limits.maxPerUsername,
  );
  const byIp = await limitingFailure(
    db,
    { column: loginAttempts.ip, value: input.ip },
    windowStart,
    limits.maxPerIp,
  );
  const blockedUntil = Math.max(byUser ?? -Infinity, byIp ?? -Infinity) + limits.windowMs;
  if (byUser === null && byIp === null) return { allowed: true };
  return { allowed: false, retryAfterMs: Math.max(1000, blockedUntil - now) };
}

export async function recordLoginAttempt(
  db: Executor,
  input: { username: string; ip: string; now: number; success: boolean },
): Promise<void> {
  const { username, ip, now, success } = input;
  await db.insert(loginAttempts).values({ username, ip, at: now, success });
  if (!input.success) await db.delete(loginAttempts).where(lt(loginAttempts.at, input.now - KEEP_MS));
}
