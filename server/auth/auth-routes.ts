import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  changePasswordRequestSchema,
  loginRequestSchema,
  logoutRequestSchema,
  refreshRequestSchema,
} from '../../shared/sync/protocol.ts';
import { effectiveGrants } from '../../shared/authz/access.ts';
import type { ServerContext } from '../context.ts';
import { parseInput } from '../http/validate.ts';
import { authOf } from './authenticate.ts';
import { changePassword, login, logout, refreshSession } from './session-service.ts';
import { toSyncUser } from './user-store.ts';

/** /auth/login, /auth/refresh, /auth/logout, /auth/password and /me. */
export function registerAuthRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(API_PATHS.login, async (request) => {
    const body = parseInput(loginRequestSchema, request.body);
    return login(context, { ...body, ip: request.ip, log: request.log });
  });

  app.post(API_PATHS.refresh, async (request) => {
    const body = parseInput(refreshRequestSchema, request.body);
    return refreshSession(context, body);
  });

  app.post(API_PATHS.logout, async (request, reply) => {
    const body = parseInput(logoutRequestSchema, request.body);
    await logout(context, body);
    return reply.status(204).send();
  });

  app.post(API_PATHS.password, async (request, reply) => {
    const body = parseInput(changePasswordRequestSchema, request.body);
    const { user, claims } = authOf(request);
    await changePassword(context, { ...body, userId: user.id, familyId: claims.fam, ip: request.ip });
    return reply.status(204).send();
  });

  app.get(API_PATHS.me, async (request) => {
    const { user, principal } = authOf(request);
    return {
      user: toSyncUser(user),
      grants: effectiveGrants(principal),
      capabilities: [...principal.capabilities],
      serverTime: context.now(),
    };
  });
}
