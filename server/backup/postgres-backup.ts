import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import pg from 'pg';
import { quoteIdentifier } from '../db/database.ts';
import { BackupError, type BackupReader } from './backup-file.ts';

/**
 * PostgreSQL's side of a backup: `pg_dump --format=custom` (a consistent snapshot, taken while the
 * server runs) and `pg_restore --no-owner` into an empty database, in one transaction that stops at the
 * first error, so a failed restore leaves the database empty. The password travels in PGPASSWORD, not on
 * the command line where any user of the machine could read it.
 */
export interface PostgresTarget {
  url: string;
  /** The schema the server works in, when not the search_path's (tests use one each). */
  schema?: string;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** `pg_dump` or `pg_restore` on PATH, else the newest under /usr/lib/postgresql/<version>/bin. */
export async function findPostgresTool(tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  const names = process.platform === 'win32' ? [`${tool}.exe`] : [tool];
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (await isExecutable(join(dir, name))) return join(dir, name);
  }
  const versions = await readdir('/usr/lib/postgresql').catch(() => [] as string[]);
  for (const version of versions.sort((a, b) => Number(b) - Number(a))) {
    const path = join('/usr/lib/postgresql', version, 'bin', tool);
    if (await isExecutable(path)) return path;
  }
  throw new BackupError('backup.toolMissing', { tool });
}

/** The URL without its password, and the environment that carries the password instead. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      env.PGPASSWORD = decodeURIComponent(parsed.password);
      parsed.password = '';
    }
    return { url: parsed.toString(), env };
  } catch {
    return { url, env }; // a key=value connection string: pass it as it is
  }
}

function runTool(tool: string, path: string, args: string[], env: NodeJS.ProcessEnv, input?: Readable) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(path, args, { env, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    if (input && child.stdin) {
      child.stdin.on('error', () => undefined); // the tool stopped reading: its exit code says why
      input.pipe(child.stdin);
    }
    child.on('error', (error) =>
      reject(new BackupError('backup.toolFailed', { tool, code: -1, detail: String(error) })),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const detail = stderr.trim().split('\n').slice(0, 3).join(' ') || '—';
      reject(new BackupError('backup.toolFailed', { tool, code: code ?? -1, detail }));
    });
  });
}

async function withClient<T>(target: PostgresTarget, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: target.url,
    application_name: 'committee-backup',
    ...(target.schema ? { options: `-c search_path=${quoteIdentifier(target.schema)}` } : {}),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Dumps the database to `partPath`; returns the schema version. Works while the server runs. */
export async function dumpPostgres(target: PostgresTarget, partPath: string): Promise<number> {
  const version = await withClient(target, async (client) => {
    const { rows } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('schema_migrations') IS NOT NULL AS present`,
    );
    if (!rows[0]?.present) return null;
    const result = await client.query<{ version: number }>(
      'SELECT coalesce(max(version), 0)::int AS version FROM schema_migrations',
    );
    return result.rows[0]?.version ?? 0;
  });
  if (version === null) throw new BackupError('backup.noPostgresDatabase');
  const tool = await findPostgresTool('pg_dump');
  const { url, env } = connection(target.url);
  const args = ['--format=custom', `--file=${partPath}`, `--dbname=${url}`];
  if (target.schema) args.push(`--schema=${target.schema}`);
  await runTool('pg_dump', tool, args, env);
  return version;
}

/** Up to three of the target's own tables (the system catalogues aside): an empty database has none. */
async function existingTables(target: PostgresTarget): Promise<string[]> {
  return withClient(target, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg_toast%'
       ORDER BY 1 LIMIT 4`,
    );
    return rows.map((row) => row.name);
  });
}

/** Restores the backup's dump into the database at `target.url`, which must hold no tables. */
export async function restorePostgres(target: PostgresTarget, backup: BackupReader): Promise<void> {
  const tables = await existingTables({ url: target.url });
  if (tables.length > 0) {
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', …' : '');
    throw new BackupError('backup.databaseNotEmpty', { tables: shown });
  }
  const tool = await findPostgresTool('pg_restore');
  const { url, env } = connection(target.url);
  const args = ['--no-owner', '--exit-on-error', '--single-transaction', `--dbname=${url}`];
  try {
    await runTool('pg_restore', tool, args, env, backup.part('postgres-dump'));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError('backup.restoreFailed', { detail });
  }
}
