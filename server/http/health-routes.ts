import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { API_PATHS } from '../../shared/sync/protocol.ts';
import type { ServerContext } from '../context.ts';
import { migrationsPending } from '../db/migrate.ts';
import { httpErrors } from './errors.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** GET /health/live: the process answers. GET /health/ready: the database answers and is migrated. */
export function registerHealthRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get(API_PATHS.health, async () => ({ status: 'ok' }));

  app.get(API_PATHS.ready, async (request) => {
    try {
      await context.database.orm.execute(sql`SELECT 1`);
      const pending = await migrationsPending(context.database);
      if (pending > 0) throw new Error(`${pending} migrations pending`);
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      throw httpErrors.unavailable(serverMessage('http.notReady'));
    }
    return { status: 'ready' };
  });
}
