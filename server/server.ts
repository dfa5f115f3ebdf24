import { randomUUID } from 'node:crypto';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerAdminRoutes } from './admin/admin-routes.ts';
import { installAuthentication } from './auth/authenticate.ts';
import { registerAuthRoutes } from './auth/auth-routes.ts';
import { hashPassword } from './auth/password.ts';
import { loadSigningKey } from './auth/signing-key.ts';
import { registerBlobRoutes } from './blobs/blob-service.ts';
import { registerDocumentRoutes } from './documents/document-routes.ts';
import { DEFAULT_SETTINGS, type ServerContext, type ServerSettings } from './context.ts';
import type { Database, DatabaseConfig } from './db/database.ts';
import { openDatabase } from './db/open-database.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { httpErrors } from './http/errors.ts';
import { loggerOptions } from './http/logging.ts';
import type { TlsOptions } from './http/tls.ts';
import { registerHealthRoutes } from './http/health-routes.ts';
import { registerLiveRoutes } from './live/live-routes.ts';
import { startNotifier, type Notifier } from './live/notifier.ts';
import { PushQueue } from './sync/push/push-queue.ts';
import { createPushStats } from './sync/push/push-stats.ts';
import { registerRecordRoutes } from './sync/record-routes.ts';
import { registerSpaceRoutes } from './spaces/space-routes.ts';
import { registerSyncRoutes } from './sync/sync-routes.ts';

/**
 * The district server: `buildServer` assembles it on an open database, `startServer` also opens the
 * database and listens. `close()` stops accepting, lets in-flight requests (a push mid-transaction)
 * finish, closes the live sockets, then the notice listener and the database.
 */
export interface ServerOptions {
  database: DatabaseConfig;
  settings?: Partial<ServerSettings>;
  /** The clock (epoch ms); tests move it to expire tokens and rate-limit windows. */
  now?: () => number;
  /** Fastify's logger: false (silent, the default here), true, or pino options. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Addresses (or ranges) of the reverse proxies whose `X-Forwarded-For` hops count (`TRUST_PROXY`,
   * http/trust-proxy.ts); none by default, so the socket's address is the client's.
   */
  trustProxy?: readonly string[];
  /** HTTPS with this certificate and key (`TLS_CERT`, `TLS_KEY`: http/tls.ts); plain HTTP without. */
  https?: TlsOptions;
  /** Stage timings of the push groups on stderr every 5 s (`PUSH_STATS=1`, sync/push/push-stats.ts). */
  pushStats?: boolean;
}

export interface BuiltServer {
  app: FastifyInstance;
  context: ServerContext;
  database: Database;
  close(): Promise<void>;
}

export interface RunningServer extends BuiltServer {
  /** `http://host:port` */
  url: string;
  port: number;
}

function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
}

async function createContext(database: Database, options: ServerOptions): Promise<ServerContext> {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const stats = createPushStats({ enabled: options.pushStats ?? false });
  return {
    database,
    pushQueue: new PushQueue(database, { stats }),
    settings,
    signingKey: await loadSigningKey(database),
    dummyPasswordHash: await hashPassword(randomUUID(), settings.argon2),
    now: options.now ?? Date.now,
  };
}

/** Asks live sockets to close (1001) and cuts those that have not after a moment. */
async function closeLiveSockets(app: FastifyInstance): Promise<void> {
  const clients = [...app.websocketServer.clients];
  for (const client of clients) client.close(1001, 'server shutting down');
  const deadline = Date.now() + 2_000;
  while (clients.some((client) => client.readyState !== client.CLOSED) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const client of clients) if (client.readyState !== client.CLOSED) client.terminate();
}

function createApp(context: ServerContext, options: ServerOptions): FastifyInstance {
  const app = Fastify({
    ...(options.https ? { https: options.https } : {}),
    logger: loggerOptions(options.logger),
    bodyLimit: context.settings.bodyLimit,
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
    return503OnClosing: false, // answered below, in the API's error format
  });
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) throw httpErrors.unavailable('Máy chủ đang tắt để bảo trì, vui lòng thử lại sau ít phút.');
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id).header('cache-control', 'no-store');
    // Requests in flight at shutdown end their connection, so closing need not wait for keep-alive.
    if (closing) void reply.header('connection', 'close');
  });
  app.removeContentTypeParser('text/plain'); // JSON only
  installErrorHandling(app);
  installAuthentication(app, context);
  void app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.addHook('onResponse', async (request) => {
    // A refused WebSocket upgrade got an HTTP answer on the raw socket: close it, or it lingers.
    if (request.headers.upgrade) request.raw.socket.destroySoon();
  });
  app.addHook('preClose', async () => {
    await closeLiveSockets(app);
  });
  void app.register(async (scope) => {
    registerHealthRoutes(scope, context);
    registerAuthRoutes(scope, context);
    registerSyncRoutes(scope, context);
    registerRecordRoutes(scope, context);
    registerSpaceRoutes(scope, context);
    registerDocumentRoutes(scope, context);
    registerBlobRoutes(scope, context);
    registerAdminRoutes(scope, context);
  });
  return app;
}

/** Assembles the server on an opened, migrated database (which it closes on `close`). */
export async function buildServer(database: Database, options: ServerOptions): Promise<BuiltServer> {
  const context = await createContext(database, options);
  const app = createApp(context, options);
  const notifier: Notifier = await startNotifier(database, app.log);
  try {
    await app.register(async (scope) => registerLiveRoutes(scope, context, notifier));
    await app.ready();
  } catch (error) {
    await notifier.close();
    throw error;
  }
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      context.pushQueue.stats.stop();
      await notifier.close();
      await database.close();
    })();
    return closing;
  };
  return { app, context, database, close };
}

export async function startServer(
  options: ServerOptions & { host?: string; port?: number },
): Promise<RunningServer> {
  const database = await openDatabase(options.database);
  let built: BuiltServer;
  try {
    built = await buildServer(database, options);
  } catch (error) {
    await database.close();
    throw error;
  }
  const host = options.host ?? '127.0.0.1';
  try {
    await built.app.listen({ host, port: options.port ?? 0 });
  } catch (error) {
    await built.close();
    throw error;
  }
  const address = built.app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { ...built, url: `${options.https ? 'https' : 'http'}://${shownHost}:${port}`, port };
}
