import { parseArgs } from 'node:util';
import { ADMIN_USAGE } from './admin/admin-cli.ts';
import { BACKUP_USAGE, runBackupCommand } from './backup/backup-cli.ts';
import { blobSettingsFromEnv } from './blobs/blob-env.ts';
import { nodeFetch, runAdmin } from './admin/admin-main.ts';
import { stdinAsker } from './admin/prompt.ts';
import { AdminError } from './admin/user-admin.ts';
import { DataDirError } from './db/data-dir-error.ts';
import { databaseConfigFromEnv } from './db/open-database.ts';
import { MAX_PULL_LIMIT } from '../shared/sync/protocol.ts';
import { DEFAULT_SETTINGS } from './context.ts';
import { tlsFromEnv } from './http/tls.ts';
import { parseTrustProxy } from './http/trust-proxy.ts';
import { startServer } from './server.ts';
import { serverMessage } from '../shared/i18n/server.ts';

/**
 * `node server/cli.ts serve [--port 8787] [--host 127.0.0.1]` starts the district server (PGlite in
 * DATA_DIR, default ./.data/server, or PostgreSQL at DATABASE_URL) and prints one JSON line
 * `{"event":"server.ready","url":…}` on stdout once it listens; logs go to stderr as JSON.
 * `node server/cli.ts admin <command>` administers the district (see ADMIN_USAGE); `backup --to FILE` and
 * `restore --from FILE` save and bring back the whole district (backup/). `TLS_CERT` and `TLS_KEY` make it
 * HTTPS (http/tls.ts).
 */
const USAGE = serverMessage('cli.usage', { adminUsage: ADMIN_USAGE, backupUsage: BACKUP_USAGE });

/** `PAGE_LIMIT`: records per snapshot or pull page when the client does not say (1 to 2000). */
function pageLimitFromEnv(): number {
  const raw = process.env.PAGE_LIMIT?.trim();
  if (!raw) return DEFAULT_SETTINGS.pageLimit;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PULL_LIMIT)
    throw new AdminError(serverMessage('cli.badPageLimit', { raw, max: MAX_PULL_LIMIT }));
  return limit;
}

/** `TRUST_PROXY`: the proxies' addresses, comma-separated (http/trust-proxy.ts). */
function trustProxyFromEnv(): string[] {
  const raw = process.env.TRUST_PROXY;
  const parsed = parseTrustProxy(raw);
  if (!parsed.ok) throw new AdminError(serverMessage('cli.badTrustProxy', { raw: raw ?? '' }));
  return parsed.proxies;
}

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    },
  });
  const trustProxy = trustProxyFromEnv();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new AdminError(serverMessage('cli.badPort', { port: values.port }));
  const https = tlsFromEnv();
  const server = await startServer({
    ...(https ? { https } : {}),
    database: databaseConfigFromEnv(),
    host: values.host,
    port,
    logger: { level: process.env.LOG_LEVEL ?? 'info', stream: process.stderr },
    trustProxy,
    pushStats: process.env.PUSH_STATS === '1',
    settings: { pageLimit: pageLimitFromEnv(), blobs: blobSettingsFromEnv() },
  });
  process.stdout.write(`${JSON.stringify({ event: 'server.ready', url: server.url })}\n`);
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

async function admin(args: string[]): Promise<void> {
  const asker = stdinAsker();
  try {
    const result = await runAdmin(args, { fetch: nodeFetch, ask: asker.ask });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    asker.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'serve') return serve(rest);
  if (command === 'admin') return admin(rest);
  if (command === 'backup' || command === 'restore') return runBackupCommand(command, rest);
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  // Refusals the operator can act on are one line; anything else is a bug and keeps its stack.
  const known =
    error instanceof AdminError ||
    error instanceof DataDirError ||
    (error instanceof Error && code.startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  // Bad input the operator typed (a refused unit or person) exits 2, like a bad command; other refusals 1.
  const exitCode = (error as { exitCode?: unknown }).exitCode;
  process.exit(known && typeof exitCode === 'number' ? exitCode : 1);
});
