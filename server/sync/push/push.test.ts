import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../shared/hlc/index.ts';
import { historyResponseSchema } from '../../../shared/sync/protocol.ts';
import { auditLog, changes, records } from '../../db/schema.ts';
import { backends } from '../../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, TestReplica, taskRecord } from '../../test/records.ts';
import { acceptedVersion, pushBatch } from '../../test/sync-client.ts';

describe.each(backends)('push on $name', (backend) => {
  let server: TestServer;
  let token: string;
  const replica = new TestReplica('admin-laptop');

  beforeAll(async () => {
    server = await startTestServer(backend);
    token = (await login(server, await createTestUser(server, { isAdmin: true, name: 'Quản trị' })))
      .accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  const db = () => server.database.orm;

  it('accepts creates and updates in order, storing the merged record', async () => {
    const programme = programmeRecord();
    const task = taskRecord(programme.id, newId());
    const response = await pushBatch(
      server,
      token,
      replica.batch([
        replica.create('programme', programme),
        replica.create('task', task),
        replica.update('task', task, { status: 'done', progress: 100 }),
      ]),
    );
    const versions = response.results.map((_, index) => acceptedVersion(response, index));
    expect(versions[1]).toBe((versions[0] ?? 0) + 1);
    expect(versions[2]).toBe((versions[0] ?? 0) + 2);
    const [row] = await db()
      .select()
      .from(records)
      .where(and(eq(records.entity, 'task'), eq(records.id, task.id)));
    expect(row?.data).toMatchObject({ title: task.title, status: 'done', progress: 100, _deleted: 0 });
    expect(row?.version).toBe(versions[2]);
  });

  it('answers a retried batch with the original versions and writes nothing twice', async () => {
    const programme = programmeRecord();
    const batch = replica.batch([
      replica.create('programme', programme),
      replica.update('programme', programme, { title: 'Tên mới' }),
    ]);
    const first = await pushBatch(server, token, batch);
    const second = await pushBatch(server, token, batch);
    expect(second.results).toEqual(first.results);
    const ids = batch.changes.map((change) => change.changeId);
    const rows = await db()
      .select()
      .from(changes)
      .where(sql`${changes.changeId} = ANY(${sql.param(ids)}::text[])`);
    expect(rows).toHaveLength(2);
    const audit = await db().select().from(auditLog).where(eq(auditLog.recordId, programme.id));
    const created = Object.keys(programme).length - 2; // every business field, then the title again
    expect(audit).toHaveLength(created + 1);
  });

  it('rejects bad changes one by one, with reasons, and applies the rest', async () => {
    const programme = programmeRecord();
    const task = taskRecord(programme.id, newId());
    const elsewhere = programmeRecord();
    // Eight days ahead: once refused (`clock_drift`, which left the edit stuck), now stored re-stamped.
    const ahead = formatHlc({
      wallMs: Date.now() + 8 * 24 * 60 * 60_000,
      counter: 0,
      nodeId: 'ffffffffffffffff',
    });
    const response = await pushBatch(
      server,
      token,
      replica.batch([
        replica.create('programme', programme),
        replica.create('task', task),
        { ...replica.update('task', task, { status: 'paused' }), entity: 'gadget' },
        replica.update('task', task, { progress: 150 }),
        replica.update('task', { id: newId(), spaceId: task.spaceId }, { status: 'done' }),
        replica.remove('task', { id: newId(), spaceId: task.spaceId }),
        replica.update('task', { id: task.id, spaceId: elsewhere.spaceId }, { status: 'done' }),
        { ...replica.update('task', task, { status: 'done' }), hlc: ahead },
        replica.update('task', task, { status: 'paused' }),
      ]),
    );
    const outcome = response.results.map((r) => (r.status === 'accepted' ? 'accepted' : r.code));
    expect(outcome).toEqual([
      'accepted',
      'accepted',
      'unknown_entity',
      'invalid',
      'not_found',
      'not_found',
      'space_mismatch',
      'accepted',
      'accepted',
    ]);
    const invalid = response.results[3];
    expect(invalid?.status === 'rejected' && invalid.reason).toMatch(/^Nhiệm vụ không hợp lệ: Tiến độ \(%\)/);
    const restamped = response.results[7];
    expect(restamped?.status === 'accepted' && restamped.hlc).toMatch(/-0000-ffffffffffffffff$/);
    expect(response.results[8]).not.toHaveProperty('hlc');
  });

  it('accepts a change that lost every field, logging it with no fields', async () => {
    const programme = programmeRecord();
    const early = new TestReplica('early-client');
    const staleHlc = early.tick(Date.now() - 60_000);
    const stale = { ...early.update('programme', programme, { title: 'Cũ hơn' }), hlc: staleHlc };
    await pushBatch(server, token, replica.batch([replica.create('programme', programme)]));
    const response = await pushBatch(server, token, early.batch([stale]));
    const version = acceptedVersion(response);
    const [row] = await db().select().from(changes).where(eq(changes.version, version));
    expect(row?.fields).toEqual({});
    expect(row?.changeId).toBe(stale.changeId);
  });

  it('keeps an audit trail: old → new, who, from which client', async () => {
    const programme = programmeRecord({ title: 'Tên ban đầu' });
    await pushBatch(server, token, replica.batch([replica.create('programme', programme)]));
    await pushBatch(
      server,
      token,
      replica.batch([replica.update('programme', programme, { title: 'Tên sau khi sửa' })]),
    );
    const answer = await api(server, 'GET', `/records/programme/${programme.id}/history`, { token });
    expect(answer.status).toBe(200);
    const { entries } = historyResponseSchema.parse(answer.body);
    const titles = entries.filter((entry) => entry.field === 'title');
    expect(titles.map((e) => [e.oldValue, e.newValue])).toEqual([
      [null, 'Tên ban đầu'],
      ['Tên ban đầu', 'Tên sau khi sửa'],
    ]);
    expect(titles[1]).toMatchObject({
      userName: 'Quản trị',
      clientId: 'admin-laptop',
      spaceId: programme.spaceId,
    });
    expect((await api(server, 'GET', `/records/programme/${newId()}/history`, { token })).status).toBe(404);
    expect((await api(server, 'GET', `/records/gadget/${programme.id}/history`, { token })).status).toBe(404);
  });

  it('refuses to update or delete audit rows', async () => {
    await expect(db().update(auditLog).set({ field: 'x' })).rejects.toThrow();
    await expect(db().delete(auditLog)).rejects.toThrow();
  });
});
