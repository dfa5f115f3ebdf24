import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { programmeSpace } from '../../shared/domain/space.ts';
import type { Database } from '../db/database.ts';
import { openDatabase } from '../db/open-database.ts';
import { syncStatus } from '../sync/compaction.ts';
import { backends, type TestDatabase } from '../test/backends.ts';
import { parseAdminArgs, runAdminCommand } from './admin-cli.ts';

const programme02 = buildDemoDataset({ now: DEMO_SERVER_NOW }).programme.find((p) => p.code === '02-CTr/QU');

describe.each(backends)('bootstrap and demo data on $name', (backend) => {
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

  const run = async (...args: string[]) => {
    const { command, values } = parseAdminArgs(args);
    return runAdminCommand(database, command, values);
  };

  it('sets up accounts and grants from one file and loads the demo data through the push path, once', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bootstrap-')), 'district.json');
    const space = programmeSpace(programme02?.id ?? '');
    await writeFile(
      file,
      JSON.stringify({
        accounts: [
          { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị', admin: true },
          {
            username: 'bode',
            password: 'mat-khau-bo-de',
            name: 'Cán bộ phường Bồ Đề',
            grants: [{ spaceId: space, role: 'write' }],
          },
        ],
        seedDemoAs: 'quantri',
      }),
    );
    const result = (await run('bootstrap', '--file', file)) as {
      accounts: string[];
      demo: { records: number; accepted: number; rejected: string[] };
    };
    expect(result.accounts).toEqual(['quantri', 'bode']);
    expect(result.demo.rejected).toEqual([]);
    expect(result.demo.accepted).toBe(result.demo.records);
    const before = await syncStatus(database);

    const again = (await run('seed-demo', '--username', 'quantri')) as { accepted: number };
    expect(again.accepted).toBe(result.demo.records);
    expect(await syncStatus(database)).toEqual(before);

    const listed = (await run('list-users')) as Array<{
      username: string;
      grants: Array<{ spaceId: string }>;
    }>;
    expect(listed.find((u) => u.username === 'bode')?.grants.map((g) => g.spaceId)).toContain(space);
  }, 120_000);

  it('refuses a file that is not a district set-up, and seeding by a non-admin', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bootstrap-')), 'bad.json');
    await writeFile(file, JSON.stringify({ people: [] }));
    await expect(run('bootstrap', '--file', file)).rejects.toThrow('không đúng định dạng');
    await expect(run('seed-demo', '--username', 'bode')).rejects.toThrow('Cần một tài khoản quản trị');
  });
});
