import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type TestDatabase } from '../test/backends.ts';
import { queryRows, type Database } from './database.ts';
import { loadMigrations, migrate, migrationsPending } from './migrate.ts';
import { openDatabase } from './open-database.ts';

describe.each(backends)('migrations on $name', (backend) => {
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

  it('are numbered files, applied once each', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(await migrate(database)).toEqual([]);
    expect(await migrationsPending(database)).toBe(0);
    const rows = await queryRows(
      database.orm,
      sql`SELECT version, name FROM schema_migrations ORDER BY version`,
    );
    expect(rows.map((row) => Number(row.version))).toEqual(migrations.map((m) => m.version));
  });

  it('roll back a failing migration entirely', async () => {
    const broken = {
      version: 9999,
      name: 'broken',
      sql: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
    };
    await expect(migrate(database, [broken])).rejects.toThrow(/9999_broken/);
    const rows = await queryRows(database.orm, sql`SELECT to_regclass('half_done') AS t`);
    expect(rows[0]?.t ?? null).toBeNull();
    expect(await migrationsPending(database)).toBe(0);
  });

  it('make the audit log append-only', async () => {
    await database.orm
      .execute(sql`INSERT INTO audit_log (version, at, client_id, space_id, entity, record_id, field)
      VALUES (1, 1, 'c', 'directory', 'unit', 'x', 'name')`);
    await expect(database.orm.execute(sql`UPDATE audit_log SET field = 'y'`)).rejects.toThrow();
    await expect(database.orm.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(database.orm.execute(sql`TRUNCATE audit_log`)).rejects.toThrow();
  });
});
