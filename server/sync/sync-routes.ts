import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  pullRequestSchema,
  pushRequestSchema,
  snapshotRequestSchema,
} from '../../shared/sync/protocol.ts';
import { authOf } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { parseInput, requireSchemaVersion } from '../http/validate.ts';
import { pull } from './pull-service.ts';
import { push } from './push-service.ts';
import { snapshot } from './snapshot-service.ts';

/** POST /sync/push, /sync/pull and /sync/snapshot. */
export function registerSyncRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(API_PATHS.push, { bodyLimit: context.settings.pushBodyLimit }, async (request) => {
    requireSchemaVersion(request.body);
    const body = parseInput(pushRequestSchema, request.body);
    const { user, principal } = authOf(request);
    return push(context, { principal, userId: user.id, userName: user.displayName }, body);
  });

  app.post(API_PATHS.pull, async (request) => {
    requireSchemaVersion(request.body);
    const body = parseInput(pullRequestSchema, request.body);
    return pull(context, authOf(request).principal, body);
  });

  app.post(API_PATHS.snapshot, async (request) => {
    requireSchemaVersion(request.body);
    const body = parseInput(snapshotRequestSchema, request.body);
    return snapshot(context, authOf(request).principal, body);
  });
}
