import type { FastifyBaseLogger } from 'fastify';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { Session } from '../../shared/sync/protocol.ts';
import type { ServerContext } from '../context.ts';
import { httpErrors } from '../http/errors.ts';
import { signAccessToken } from './access-token.ts';
import { reserveLoginAttempt, settleLoginAttempt } from './login-limiter.ts';
import { hashPassword, verifyPassword } from './password.ts';
import {
  findRefreshToken,
  issueRefreshToken,
  revokeFamily,
  revokeUserTokens,
  rotateRefreshToken,
  type IssuedRefreshToken,
} from './refresh-tokens.ts';
import {
  findUserById,
  findUserByUsername,
  toSyncUser,
  updatePasswordHash,
  type UserRow,
} from './user-store.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** Sign-in, token refresh, sign-out and password change. */

const WRONG_CREDENTIALS = serverMessage('auth.wrongCredentials');
const SESSION_ENDED = serverMessage('auth.sessionEnded');

function buildSession(
  context: ServerContext,
  user: UserRow,
  refresh: IssuedRefreshToken,
  now: number,
): Session {
  const accessExpiresAt = now + context.settings.accessTtlMs;
  const accessToken = signAccessToken(context.signingKey, {
    sub: user.id,
    jti: uuidv7(now),
    fam: refresh.familyId,
    iat: now,
    exp: accessExpiresAt,
  });
  return {
    accessToken,
    accessExpiresAt,
    refreshToken: refresh.token,
    refreshExpiresAt: refresh.expiresAt,
    user: toSyncUser(user),
    serverTime: now,
  };
}

/**
 * Checks a password with the rate limit around it: the attempt is reserved (counted as a failure)
 * before the hash is checked, so concurrent attempts cannot all slip under the limit.
 */
async function checkPassword(
  context: ServerContext,
  input: { username: string; password: string; ip: string; user: UserRow | null },
): Promise<boolean> {
  const { database, settings } = context;
  const now = context.now();
  const reservation = await reserveLoginAttempt(database, { ...input, now, limits: settings.loginLimits });
  if (!reservation.allowed) throw httpErrors.tooManyLogins(reservation.retryAfterMs);
  const hash = input.user?.passwordHash ?? context.dummyPasswordHash;
  // A disabled account's right password is still a failed sign-in: the same answer, counted the same.
  const ok = (await verifyPassword(input.password, hash)) && input.user !== null && !input.user.disabled;
  await settleLoginAttempt(database.orm, { attemptId: reservation.attemptId, now, success: ok });
  return ok;
}

/**
 * Signs in. Every failure — unknown user, wrong password, disabled account — gets the same 401, so the
 * answer does not tell whether an account exists or is disabled; a disabled one is only logged.
 */
export async function login(
  context: ServerContext,
  input: { username: string; password: string; clientId: string; ip: string; log?: FastifyBaseLogger },
): Promise<Session> {
  const user = await findUserByUsername(context.database.orm, input.username);
  const ok = await checkPassword(context, { ...input, user });
  if (user?.disabled) input.log?.warn({ userId: user.id }, 'sign-in to a disabled account refused');
  if (!ok || !user) throw httpErrors.unauthorized(WRONG_CREDENTIALS);
  const now = context.now();
  const refresh = await issueRefreshToken(context.database.orm, {
    userId: user.id,
    clientId: input.clientId,
    now,
    ttlMs: context.settings.refreshTtlMs,
  });
  return buildSession(context, user, refresh, now);
}

export async function refreshSession(
  context: ServerContext,
  input: { refreshToken: string; clientId: string },
): Promise<Session> {
  const now = context.now();
  const rotated = await rotateRefreshToken(context.database, {
    token: input.refreshToken,
    clientId: input.clientId,
    now,
    ttlMs: context.settings.refreshTtlMs,
  });
  if (!rotated.ok) throw httpErrors.unauthorized(SESSION_ENDED);
  const user = await findUserById(context.database.orm, rotated.userId);
  if (!user || user.disabled) {
    await revokeFamily(context.database.orm, rotated.next.familyId, now);
    throw httpErrors.unauthorized(SESSION_ENDED);
  }
  return buildSession(context, user, rotated.next, now);
}

/** Ends the login session the refresh token belongs to. Unknown tokens are ignored (nothing to end). */
export async function logout(context: ServerContext, input: { refreshToken: string }): Promise<void> {
  const row = await findRefreshToken(context.database.orm, input.refreshToken);
  if (row) await revokeFamily(context.database.orm, row.familyId, context.now());
}

/** Changes the password (the current one required) and ends every other session of the user. */
export async function changePassword(
  context: ServerContext,
  input: { userId: string; familyId: string; currentPassword: string; newPassword: string; ip: string },
): Promise<void> {
  const user = await findUserById(context.database.orm, input.userId);
  if (!user) throw httpErrors.unauthorized();
  const ok = await checkPassword(context, {
    username: user.username,
    password: input.currentPassword,
    ip: input.ip,
    user,
  });
  if (!ok) throw httpErrors.forbidden(serverMessage('auth.wrongPassword'));
  const hash = await hashPassword(input.newPassword, context.settings.argon2);
  const now = context.now();
  await context.database.transaction(async (tx) => {
    await updatePasswordHash(tx, user.id, hash, now);
    await revokeUserTokens(tx, user.id, now, input.familyId);
  });
}
