import { and, desc, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import { loginAttempts } from '../db/schema.ts';

/**
 * Login rate limits, kept in the database so every instance sees the same counts: at most
 * `maxPerUsername` failed attempts for one account (since its last success) and `maxPerIp` from one
 * address within `windowMs`. Beyond that the answer is 429 until the oldest counted failure ages out.
 *
 * An attempt is reserved before its password is checked: under advisory locks on the account and the
 * address, the failures are counted and, if there is room, a failure is recorded at once. So concurrent
 * attempts each see the ones before them, and at most the limit reach the password hash; a correct
 * password then turns its reservation into a success.
 */
export interface LoginLimits {
  windowMs: number;
  maxPerUsername: number;
  maxPerIp: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { windowMs: 15 * 60_000, maxPerUsername: 5, maxPerIp: 30 };

/** How long old attempts are kept (they only matter within the window). */
const KEEP_MS = 24 * 60 * 60_000;

/** Advisory lock namespaces (the two-key form): one for accounts, one for addresses. */
const USERNAME_LOCK = 16_001;
const IP_LOCK = 16_002;

export type LimitCheck = { allowed: true } | { allowed: false; retryAfterMs: number };
export type Reservation = { allowed: true; attemptId: number } | { allowed: false; retryAfterMs: number };

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

async function checkLoginAllowed(
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

/**
 * Counts an attempt before its password is checked: within one transaction holding the account's and
 * then the address's advisory lock (always in that order, so two attempts never wait on each other in a
 * cycle), checks the limits and, when allowed, records the attempt as a failure.
 */
export async function reserveLoginAttempt(
  database: Database,
  input: { username: string; ip: string; now: number; limits: LoginLimits },
): Promise<Reservation> {
  const { username, ip, now } = input;
  return database.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${USERNAME_LOCK}::int4, hashtext(${username}))`);
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${IP_LOCK}::int4, hashtext(${ip}))`);
    const check = await checkLoginAllowed(tx, input);
    if (!check.allowed) return check;
    const rows = await tx
      .insert(loginAttempts)
      .values({ username, ip, at: now, success: false })
      .returning({ id: loginAttempts.id });
    const attemptId = rows[0]?.id;
    if (attemptId === undefined) throw new Error('The login attempt was not recorded.');
    return { allowed: true, attemptId };
  });
}

/** Settles a reserved attempt: a success clears the account's count; a failure stays counted. */
export async function settleLoginAttempt(
  db: Executor,
  input: { attemptId: number; now: number; success: boolean },
): Promise<void> {
  if (input.success) {
    await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, input.attemptId));
    return;
  }
  await db.delete(loginAttempts).where(lt(loginAttempts.at, input.now - KEEP_MS));
}
