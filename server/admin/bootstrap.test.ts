import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../../shared/demo/index.ts';
import { programmeSpace } from '../../shared/domain/space.ts';
import { syncStatus } from '../sync/log/compaction.ts';
import { useAdminDatabase } from '../test/admin-database.ts';
import { backends } from '../test/backends.ts';

const programme02 = buildDemoDataset({ now: DEMO_SERVER_NOW }).programme.find((p) => p.code === '02-CTr/QU');

describe.each(backends)('bootstrap and demo data on $name', (backend) => {
  const { run, database } = useAdminDatabase(backend);

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
    const before = await syncStatus(database());

    const again = (await run('seed-demo', '--username', 'quantri')) as { accepted: number };
    expect(again.accepted).toBe(result.demo.records);
    expect(await syncStatus(database())).toEqual(before);

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
