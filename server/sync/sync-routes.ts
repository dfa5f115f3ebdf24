import type { FastifyInstance } from 'fastify';
import {
  API_PATHS,
  PUSH_SCHEMA_VERSIONS,
  pullRequestSchema,
  pushRequestSchema,
  snapshotRequestSchema,
} from '../../shared/sync/protocol.ts';
import { authOf } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { parseInput, requireSchemaVersion } from '../http/validate.ts';
import { pull } from './pull/pull-service.ts';
import { push } from './push/push-service.ts';
import { liftSetOps } from './log/set-ops-log.ts';
import { snapshot } from './pull/snapshot-service.ts';

/**
 * POST /sync/push, /sync/pull and /sync/snapshot. A push of protocol 1 or 2 is taken (a version-1 change
 * has no `setOps`: its lists replace the whole list, as they always did). Pull and snapshot speak only
 * the current version: a version-1 replica would take the element-merged lists whole by the field's stamp
 * and drift, and its strict schema refuses `setOps`; it is answered 426 and asked to update.
 */
export function registerSyncRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post(API_PATHS.push, { bodyLimit: context.settings.pushBodyLimit }, async (request) => {
    requireSchemaVersion(request.body, PUSH_SCHEMA_VERSIONS);
    const body = parseInput(pushRequestSchema, request.body);
    const { user, principal } = authOf(request);
    return push(context, { principal, userId: user.id, userName: user.displayName }, body);
  });

  app.post(API_PATHS.pull, async (request) => {
    requireSchemaVersion(request.body);
    const body = parseInput(pullRequestSchema, request.body);
    const page = await pull(context, authOf(request).principal, body);
    return { ...page, changes: page.changes.map(liftSetOps) };
  });

  app.post(API_PATHS.snapshot, async (request) => {
    requireSchemaVersion(request.body);
    const body = parseInput(snapshotRequestSchema, request.body);
    return snapshot(context, authOf(request).principal, body);
  });
}
