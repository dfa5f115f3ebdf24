import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../db/database.ts';
import { pgliteTemplate } from './pglite-template.ts';

/**
 * The databases the server suite runs against: PGlite in memory always, and a real PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it). Each test database on PostgreSQL is a fresh schema, dropped
 * afterwards, so test files running in parallel never see each other's rows or notices.
 */
export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  create(): Promise<TestDatabase>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

/** The embedded backend alone: always there (tests of what does not depend on the database). */
export const pglite: TestBackend = {
  name: 'pglite',
  create: async () => ({
    config: { kind: 'pglite', dataDir: null, template: await pgliteTemplate() },
    drop: async () => undefined,
  }),
};

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function postgresBackend(url: string): TestBackend {
  return {
    name: 'postgres',
    create: async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      await withAdminClient(url, (client) => client.query(`CREATE SCHEMA "${schema}"`));
      return {
        config: { kind: 'postgres', url, schema, poolSize: 8 },
        drop: () =>
          withAdminClient(url, (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`)).then(
            () => undefined,
          ),
      };
    },
  };
}

export const backends: TestBackend[] = TEST_DATABASE_URL
  ? [pglite, postgresBackend(TEST_DATABASE_URL)]
  : [pglite];

/** The PostgreSQL backend alone, when there is one (for multi-instance tests). */
export const postgresOnly: TestBackend[] = TEST_DATABASE_URL ? [postgresBackend(TEST_DATABASE_URL)] : [];
