import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PATHS } from '../../shared/sync/protocol.ts';
import type { Principal } from '../../shared/authz/access.ts';
import type { ServerContext } from '../context.ts';
import { httpErrors } from '../http/errors.ts';
import { verifyAccessToken, type AccessClaims } from './access-token.ts';
import { loadSessionPrincipal, type UserRow } from './user-store.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * Every route needs a valid access token (`Authorization: Bearer …`; the live WebSocket, which cannot
 * send headers from a browser, takes `?token=`), except sign-in, refresh, sign-out and the health checks.
 * The check runs in an `onRequest` hook for all routes, so a new route is protected unless listed here.
 */
export interface Authenticated {
  user: UserRow;
  principal: Principal;
  claims: AccessClaims;
}

const PUBLIC_ROUTES: ReadonlySet<string> = new Set([
  API_PATHS.login,
  API_PATHS.refresh,
  API_PATHS.logout,
  API_PATHS.health,
  API_PATHS.ready,
]);

const authenticated = new WeakMap<FastifyRequest, Authenticated>();

function tokenOf(request: FastifyRequest): string | null {
  if (request.routeOptions.url === API_PATHS.live) {
    return new URL(request.url, 'http://localhost').searchParams.get('token');
  }
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Resolves an access token to the signed-in user and their grants; throws a 401 otherwise. */
export async function authenticateToken(
  context: ServerContext,
  token: string | null,
): Promise<Authenticated> {
  if (!token) throw httpErrors.unauthorized();
  const now = context.now();
  const check = verifyAccessToken(context.signingKey, token, now);
  if (!check.ok) throw check.reason === 'expired' ? httpErrors.tokenExpired() : httpErrors.unauthorized();
  const { claims } = check;
  const loaded = await loadSessionPrincipal(context.database.orm, {
    userId: claims.sub,
    familyId: claims.fam,
    now,
  });
  if (!loaded?.sessionActive) {
    throw httpErrors.unauthorized(serverMessage('auth.sessionEnded'));
  }
  return { user: loaded.user, principal: loaded.principal, claims };
}

export function installAuthentication(app: FastifyInstance, context: ServerContext): void {
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (route === undefined || PUBLIC_ROUTES.has(route)) return;
    authenticated.set(request, await authenticateToken(context, tokenOf(request)));
  });
}

/** The signed-in user of a request that passed the hook. */
export function authOf(request: FastifyRequest): Authenticated {
  const auth = authenticated.get(request);
  if (!auth) throw httpErrors.unauthorized();
  return auth;
}
