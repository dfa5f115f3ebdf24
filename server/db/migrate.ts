import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, RawSession } from './database.ts';

/**
 * Numbered SQL migrations (`migrations/0001_name.sql`, …), applied in order, each in its own
 * transaction together with its row in `schema_migrations`. A session advisory lock makes instances
 * that start together take turns: the second finds the work done.
 */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** Advisory lock key for migrations ("cmte" + 1). */
const MIGRATION_LOCK_KEY = 0x636d7465_01;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => FILE_PATTERN.test(file)).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_PATTERN.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Duplicate migration ${version}.`);
    migrations.push({ version, name: match[2], sql: await readFile(`${dir}/${file}`, 'utf8') });
  }
  return migrations;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`;

async function appliedVersions(session: RawSession): Promise<Set<number>> {
  const rows = await session.query('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

async function applyOne(session: RawSession, migration: Migration): Promise<void> {
  const record =
    `INSERT INTO schema_migrations (version, name, applied_at) ` +
    `VALUES (${migration.version}, '${migration.name}', ${Date.now()});`;
  try {
    await session.exec(`BEGIN;\n${migration.sql}\n;\n${record}\nCOMMIT;`);
  } catch (error) {
    await session.exec('ROLLBACK;').catch(() => undefined);
    throw new Error(`Migration ${migration.version}_${migration.name} failed: ${String(error)}`, {
      cause: error,
    });
  }
}

/** Applies the migrations not yet applied; returns the versions it applied. */
export async function migrate(database: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return database.withSession(async (session) => {
    await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(CREATE_TABLE);
      const done = await appliedVersions(session);
      const applied: number[] = [];
      for (const migration of all) {
        if (done.has(migration.version)) continue;
        await applyOne(session, migration);
        applied.push(migration.version);
      }
      return applied;
    } finally {
      await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

/** Whether every migration this build knows has been applied (the readiness check). */
export async function migrationsPending(database: Database): Promise<number> {
  const known = await loadMigrations();
  const rows = await database.withSession((session) =>
    session.query('SELECT version FROM schema_migrations'),
  );
  const done = new Set(rows.map((row) => Number(row.version)));
  return known.filter((migration) => !done.has(migration.version)).length;
}
