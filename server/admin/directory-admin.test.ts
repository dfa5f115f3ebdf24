import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findUserByUsername, loadPrincipal } from '../auth/user-store.ts';
import { DEFAULT_SETTINGS } from '../context.ts';
import type { Database } from '../db/database.ts';
import { auditLog } from '../db/schema.ts';
import { snapshot } from '../sync/pull/snapshot-service.ts';
import { SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { useAdminDatabase } from '../test/admin-database.ts';
import { backends } from '../test/backends.ts';
import { newId } from '../test/records.ts';

/** The directory records `username` receives by a snapshot, as any app's first sync would. */
async function snapshotOf(database: Database, username: string) {
  const user = await findUserByUsername(database.orm, username);
  const loaded = await loadPrincipal(database.orm, user?.id ?? '');
  if (!loaded) throw new Error(`no principal for ${username}`);
  const context = { database, settings: DEFAULT_SETTINGS, now: () => Date.now() };
  const page = await snapshot(context, loaded.principal, { schemaVersion: SYNC_SCHEMA_VERSION, limit: 1000 });
  return page.records as ReadonlyArray<{ entity: string; record: Record<string, unknown> }>;
}

describe.each(backends)('units and people on $name', (backend) => {
  const { run, database } = useAdminDatabase(backend);

  it('creates units under their parent and people in them, as synced changes by the admin', async () => {
    await run('create-admin', '--username', 'quan.tri', '--password', 'mat-khau-123', '--name', 'Quản trị');
    const { id: district } = (await run(
      'create-unit',
      ...[
        '--name',
        'Quận ủy Long Biên',
        '--short',
        'Quận ủy',
        '--kind',
        'party_committee',
        '--by',
        'quan.tri',
      ],
    )) as { id: string };
    const { id: ward } = (await run(
      'create-unit',
      ...['--name', 'Phường Bồ Đề', '--short', 'Bồ Đề', '--parent', district, '--by', 'quan.tri'],
    )) as { id: string };
    expect(await run('list-units')).toEqual([
      `Quận ủy Long Biên (Quận ủy) [party_committee] ${district}`,
      `  Phường Bồ Đề (Bồ Đề) [ward] ${ward}`,
    ]);
    const { id: person } = (await run(
      'create-person',
      ...[
        '--name',
        'Nguyễn Văn Tiến',
        '--position',
        'Bí thư Đảng ủy phường',
        '--unit',
        ward,
        '--by',
        'quan.tri',
      ],
    )) as { id: string };
    expect(await run('list-people', '--unit', ward)).toEqual([
      {
        id: person,
        name: 'Nguyễn Văn Tiến',
        position: 'Bí thư Đảng ủy phường',
        unitId: ward,
        unitName: 'Phường Bồ Đề',
      },
    ]);
    expect(await run('list-people', '--unit', district)).toEqual([]);

    const audited = await database().orm.select().from(auditLog).where(eq(auditLog.recordId, ward));
    expect(audited.length).toBeGreaterThan(0);

    await run(
      'create-user',
      ...['--username', 'bode', '--password', 'mat-khau-456', '--name', 'Nguyễn Văn Tiến'],
      ...['--unit', ward, '--person', person],
    );
    await run('create-admin', '--username', 'quan.tri.2', '--password', 'mat-khau-123', '--unit', district);
    const synced = await snapshotOf(database(), 'bode');
    expect(synced.find((item) => item.record['id'] === ward)).toMatchObject({
      entity: 'unit',
      record: { name: 'Phường Bồ Đề', parentId: district, kind: 'ward' },
    });
    expect(synced.find((item) => item.record['id'] === person)).toMatchObject({ entity: 'person' });
    expect(await run('list-users')).toContainEqual(
      expect.objectContaining({ username: 'quan.tri.2', unitId: district, isAdmin: true }),
    );
  });

  it.each([
    [
      ['--name', 'Phường X', '--kind', 'village', '--by', 'quan.tri'],
      /--kind phải là một trong: party_committee/,
    ],
    [['--name', '', '--by', 'quan.tri'], /Thiếu --name/],
    [['--name', 'Phường X', '--parent', newId(), '--by', 'quan.tri'], /Không có đơn vị mã/],
    [['--name', 'Phường X', '--by', 'ai.do'], /Cần một tài khoản quản trị/],
  ])('refuses create-unit %j', async (args, message) => {
    await expect(run('create-unit', ...args)).rejects.toThrow(message);
  });

  it('refuses a person in no unit, with the schema message', async () => {
    const args = ['--name', 'A', '--position', 'B', '--by', 'quan.tri'];
    await expect(run('create-person', ...args, '--unit', 'khong-phai-ma')).rejects.toThrow(
      /Cán bộ không hợp lệ: --unit/,
    );
    await expect(run('create-person', ...args, '--unit', newId())).rejects.toThrow(/Không có đơn vị mã/);
  });
});

describe.each(backends)('bootstrap with units and people on $name', (backend) => {
  const { run, database } = useAdminDatabase(backend);

  it('creates the units and people first and lets accounts name them by key', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'bootstrap-')), 'district.json');
    const unitId = newId();
    await writeFile(
      file,
      JSON.stringify({
        units: [
          { key: 'bode', name: 'Phường Bồ Đề', shortName: 'Bồ Đề', kind: 'ward', parent: 'quan' },
          {
            key: 'quan',
            name: 'Quận ủy Long Biên',
            kind: 'party_committee',
            capabilities: ['draw_up_programmes'],
          },
        ],
        people: [{ key: 'tien', name: 'Nguyễn Văn Tiến', position: 'Bí thư Đảng ủy phường', unit: 'bode' }],
        accounts: [
          {
            username: 'tien',
            password: 'mat-khau-tien',
            name: 'Nguyễn Văn Tiến',
            unit: 'bode',
            person: 'tien',
            capabilities: ['organise_meetings'],
          },
          { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị', admin: true, unit: 'quan' },
          { username: 'cu', password: 'mat-khau-cu-1', name: 'Cũ', unitId },
        ],
      }),
    );
    const result = (await run('bootstrap', '--file', file)) as {
      units: Record<string, string>;
      people: Record<string, string>;
    };
    const { bode, quan } = result.units;
    expect(await run('list-units')).toEqual([
      `Quận ủy Long Biên [party_committee] ${quan}`,
      `  Phường Bồ Đề (Bồ Đề) [ward] ${bode}`,
    ]);
    expect(await run('list-users')).toEqual([
      expect.objectContaining({ username: 'cu', unitId }),
      expect.objectContaining({ username: 'quantri', unitId: quan }),
      expect.objectContaining({ username: 'tien', unitId: bode, personId: result.people['tien'] }),
    ]);
    const synced = await snapshotOf(database(), 'tien');
    expect(synced.filter((item) => item.entity === 'unit' || item.entity === 'person')).toHaveLength(3);
    const held = (await run('capability', 'list')) as Array<{ holderName: string; capability: string }>;
    expect(held.map((row) => [row.holderName, row.capability])).toEqual([
      ['Quận ủy Long Biên', 'draw_up_programmes'],
      ['tien', 'organise_meetings'],
    ]);
  });

  it.each([
    [
      {
        units: [{ key: 'x', name: 'X', kind: 'village' }],
        accounts: [{ username: 'qt', password: 'mat-khau-123', name: 'Q', admin: true }],
      },
      /--kind phải là một trong/,
    ],
    [{ units: [{ key: 'x', name: 'X', kind: 'ward' }], accounts: [] }, /không có tài khoản quản trị/],
    [
      { accounts: [{ username: 'a.b', password: 'mat-khau-123', name: 'A', unit: 'khong-co' }] },
      /không có đơn vị với khóa "khong-co"/,
    ],
  ])('refuses %j and writes nothing', async (content, message) => {
    const file = join(await mkdtemp(join(tmpdir(), 'bootstrap-')), 'bad.json');
    await writeFile(file, JSON.stringify(content));
    await expect(run('bootstrap', '--file', file)).rejects.toThrow(message);
    expect(await run('list-users')).not.toContainEqual(expect.objectContaining({ username: 'qt' }));
  });
});
