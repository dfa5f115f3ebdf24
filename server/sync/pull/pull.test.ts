import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_SPACE } from '../../../shared/domain/space.ts';
import {
  SYNC_SCHEMA_VERSION,
  snapshotResponseSchema,
  type SnapshotResponse,
} from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import {
  meetingRecord,
  newId,
  programmeRecord,
  taskRecord,
  TestReplica,
  unitRecord,
} from '../../test/records.ts';
import { pullAll, pullPage, pushBatch } from '../../test/sync-client.ts';
import { compactChanges } from '../log/compaction.ts';

describe.each(backends)('pull and snapshot on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  const admin = new TestReplica('admin');

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  const currentCursor = async () => (await pullAll(server, adminToken, 0)).cursor;

  it('pages by count: versions strictly increase, without gaps', async () => {
    const start = await currentCursor();
    await pushBatch(
      server,
      adminToken,
      admin.batch(Array.from({ length: 25 }, () => admin.create('unit', unitRecord()))),
    );
    const { changes, cursor, pages } = await pullAll(server, adminToken, start, 7);
    expect(pages).toBe(4);
    expect(changes.map((c) => c.version)).toEqual(Array.from({ length: 25 }, (_, i) => start + 1 + i));
    expect(cursor).toBe(start + 25);
    expect(changes[0]).toMatchObject({
      entity: 'unit',
      spaceId: DIRECTORY_SPACE,
      userId: expect.any(String),
    });
  });

  it('pages by size, at least one change a page', async () => {
    const start = await currentCursor();
    const programme = programmeRecord();
    const tasks = Array.from({ length: 3 }, () =>
      taskRecord(programme.id, newId(), { description: 'Nội dung. '.repeat(900).trim() }),
    );
    await pushBatch(
      server,
      adminToken,
      admin.batch([admin.create('programme', programme), ...tasks.map((t) => admin.create('task', t))]),
    );
    const sizes: number[] = [];
    let cursor = start;
    for (let more = true; more;) {
      const page = await pullPage(server, adminToken, { cursor, maxBytes: 10_000 });
      sizes.push(page.changes.length);
      cursor = page.cursor;
      more = page.hasMore;
    }
    // The programme (~1 kB) and each task (~12 kB, over the budget alone) come one a page.
    expect(sizes).toEqual([1, 1, 1, 1]);
    const small = await pullPage(server, adminToken, { cursor: start, maxBytes: 10_000, limit: 1 });
    expect(small.changes[0]?.entity).toBe('programme');
  });

  it('serves only readable spaces, and moves the cursor past the others', async () => {
    const mine = programmeRecord();
    const theirs = programmeRecord();
    const reader = await createTestUser(server, { grants: [{ spaceId: mine.spaceId, role: 'read' }] });
    const token = (await login(server, reader)).accessToken;
    const start = await currentCursor();
    await pushBatch(
      server,
      adminToken,
      admin.batch([
        admin.create('programme', mine),
        admin.create('programme', theirs),
        admin.create('unit', unitRecord()),
        admin.create('task', taskRecord(theirs.id, newId())),
      ]),
    );
    const { changes, cursor } = await pullAll(server, token, start);
    expect(changes.map((c) => c.spaceId)).toEqual([mine.spaceId, DIRECTORY_SPACE]);
    expect(cursor).toBe(start + 4);
  });

  async function snapshotPage(token: string, after?: string, limit?: number): Promise<SnapshotResponse> {
    const body = {
      schemaVersion: SYNC_SCHEMA_VERSION,
      ...(after ? { after } : {}),
      ...(limit ? { limit } : {}),
    };
    const answer = await api(server, 'POST', '/sync/snapshot', { token, body });
    if (answer.status !== 200) throw new Error(`snapshot ${answer.status}: ${JSON.stringify(answer.body)}`);
    return snapshotResponseSchema.parse(answer.body);
  }

  it('snapshots readable records page by page, the directory first, then the latest work', async () => {
    const old = programmeRecord({ termStart: 2010, termEnd: 2015 });
    const current = programmeRecord({ termStart: 2020, termEnd: 2025 });
    const meeting = meetingRecord();
    const hidden = programmeRecord();
    const deleted = taskRecord(current.id, newId());
    await pushBatch(
      server,
      adminToken,
      admin.batch([
        ...[old, current, hidden].map((p) => admin.create('programme', p)),
        admin.create('meeting', meeting),
        admin.create('task', deleted),
        admin.remove('task', deleted),
      ]),
    );
    const grants = [old, current, meeting].map((p) => ({ spaceId: p.spaceId, role: 'read' as const }));
    const token = (await login(server, await createTestUser(server, { grants }))).accessToken;
    const cursor = await currentCursor();
    const pages: SnapshotResponse[] = [await snapshotPage(token, undefined, 4)];
    for (let after = pages[0]?.after; after; after = pages.at(-1)?.after)
      pages.push(await snapshotPage(token, after, 4));
    const all = pages.flatMap((page) => page.records);
    expect(pages.every((page) => page.cursor === cursor)).toBe(true);
    const spaces = [...new Set(all.map((r) => r.record.spaceId))];
    expect(spaces).toEqual([DIRECTORY_SPACE, current.spaceId, meeting.spaceId, old.spaceId]);
    expect(all.find((r) => r.record.id === deleted.id)?.record).toMatchObject({ _deleted: 1 });
    expect(new Set(all.map((r) => r.record.id)).size).toBe(all.length);
    const units = await pullAll(server, adminToken, 0);
    expect(all.filter((r) => r.entity === 'unit')).toHaveLength(
      units.changes.filter((c) => c.entity === 'unit').length,
    );
  });

  it('restarts a snapshot when the order of spaces changed between pages', async () => {
    const token = adminToken;
    const first = await snapshotPage(token, undefined, 2);
    const programme = programmeRecord({ termStart: 2000, termEnd: 2005 });
    await pushBatch(server, adminToken, admin.batch([admin.create('programme', programme)]));
    await pushBatch(
      server,
      adminToken,
      admin.batch([admin.update('programme', programme, { termEnd: 2008 })]),
    );
    const answer = await api(server, 'POST', '/sync/snapshot', {
      token,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, after: first.after },
    });
    expect(answer.status).toBe(410);
    expect(answer.body).toMatchObject({ error: { code: 'resync_required' } });
    const bad = await api(server, 'POST', '/sync/snapshot', {
      token,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, after: 'xyz' },
    });
    expect(bad.status).toBe(400);
  });

  it('after compaction, answers resync_required below the floor and keeps current values', async () => {
    const unit = unitRecord({ name: 'Tên 1' });
    await pushBatch(server, adminToken, admin.batch([admin.create('unit', unit)]));
    for (const name of ['Tên 2', 'Tên 3'])
      await pushBatch(server, adminToken, admin.batch([admin.update('unit', unit, { name })]));
    const last = await currentCursor();
    const result = await compactChanges(server.database, last + 1);
    expect(result.minCursor).toBe(last);
    expect(result.deleted).toBeGreaterThan(0);
    const tooOld = await api(server, 'POST', '/sync/pull', {
      token: adminToken,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, cursor: 0 },
    });
    expect(tooOld.status).toBe(410);
    expect(tooOld.body).toMatchObject({ error: { code: 'resync_required' } });
    expect((await pullPage(server, adminToken, { cursor: last })).changes).toEqual([]);
    const ahead = await api(server, 'POST', '/sync/pull', {
      token: adminToken,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, cursor: last + 50 },
    });
    expect(ahead.status).toBe(410);
    const snap = await snapshotPage(adminToken, undefined, 2000);
    expect(snap.records.find((r) => r.record.id === unit.id)?.record).toMatchObject({ name: 'Tên 3' });
    const retry = await pushBatch(server, adminToken, admin.batch([admin.create('unit', unitRecord())]));
    expect(retry.results[0]).toMatchObject({ status: 'accepted', version: last + 1 });
  });
});
