import { afterAll, beforeAll } from 'vitest';
import { parseAdminArgs, runAdminCommand } from '../admin/admin-cli.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import type { TestBackend, TestDatabase } from './backends.ts';

/**
 * A fresh database for a describe block of admin-command tests, opened before and dropped after, and
 * `run('grant', '--username', …)` exactly as the CLI parses and runs it.
 */
export function useAdminDatabase(backend: TestBackend) {
  let testDatabase: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    testDatabase = await backend.create();
    database = await openDatabase(testDatabase.config);
  }, 60_000);
  afterAll(async () => {
    await database.close();
    await testDatabase.drop();
  });
  return {
    database: () => database,
    run: async (...args: string[]) => {
      const { command, values } = parseAdminArgs(args);
      return runAdminCommand(database, command, values);
    },
  };
}
