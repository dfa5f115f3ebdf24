import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { backends, type TestDatabase } from '../test/backends.ts';
import { isRefusedText } from './database-errors.ts';

/** The safety net behind the input checks: PostgreSQL refusing text is the client's fault (400), not ours. */
describe.each(backends)('database errors on $name', (backend) => {
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

  const failure = async (query: ReturnType<typeof sql>) =>
    database.orm.execute(query).then(
      () => null,
      (error: unknown) => error,
    );

  it('tells text PostgreSQL refuses from other failures', async () => {
    expect(isRefusedText(await failure(sql`SELECT ${'a\u0000'}::text`))).toBe(true);
    expect(isRefusedText(await failure(sql`SELECT ${JSON.stringify({ a: '\u0000' })}::jsonb`))).toBe(true);
    expect(isRefusedText(await failure(sql`SELECT 1 / 0`))).toBe(false);
    expect(isRefusedText(new Error('boom'))).toBe(false);
    expect(isRefusedText(null)).toBe(false);
  });
});
