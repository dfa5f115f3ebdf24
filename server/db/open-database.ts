import type { Database, DatabaseConfig } from './database.ts';
import { migrate } from './migrate.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const database =
    config.kind === 'pglite'
      ? await openPgliteDatabase(config.dataDir, config.template)
      : await openPostgresDatabase({
          url: config.url,
          ...(config.schema ? { schema: config.schema } : {}),
          ...(config.poolSize ? { poolSize: config.poolSize } : {}),
        });
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The database the environment asks for: `DATABASE_URL` (PostgreSQL) or PGlite in `DATA_DIR`. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  return { kind: 'pglite', dataDir: env.DATA_DIR?.trim() || './.data/server' };
}
