import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STAMP_AHEAD_MS, parseHlc } from '../../../shared/hlc/index.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { auditLog, changes, records } from '../../db/schema.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { programmeRecord, taskRecord, TestReplica, unitRecord } from '../../test/records.ts';
import { pullAll, pushBatch } from '../../test/sync-client.ts';

/**
 * The drift rule on push: a stamp more than five minutes ahead of the server's clock is stored re-stamped
 * to the server's time, so a machine whose clock runs days fast (or a user who sets it so) cannot pin a
 * field — the next honest edit still wins — and is no longer refused (a refusal left the edit stuck).
 */
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(backends)('the drift rule on push on $name', (backend) => {
  let server: TestServer;
  const ward = unitRecord({ kind: 'ward', name: 'Phường Bồ Đề' });
  const programme = programmeRecord();
  const admin = new TestReplica('drift-admin');
  let adminToken = '';
  let wardToken = '';
  let officeToken = '';

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    await pushBatch(
      server,
      adminToken,
      admin.batch([admin.create('unit', ward), admin.create('programme', programme)]),
    );
    const wardUser = await createTestUser(server, {
      unitId: ward.id,
      grants: [{ spaceId: programme.spaceId, role: 'read' }],
      name: 'Cán bộ phường',
    });
    const officeUser = await createTestUser(server, {
      grants: [{ spaceId: programme.spaceId, role: 'write' }],
      name: 'Văn phòng',
    });
    wardToken = (await login(server, wardUser, 'ward-laptop')).accessToken;
    officeToken = (await login(server, officeUser, 'office-pc')).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  const newTask = async () => {
    const task = taskRecord(programme.id, ward.id, { status: 'in_progress', progress: 10 });
    await pushBatch(server, adminToken, admin.batch([admin.create('task', task)]));
    return task;
  };
  const stored = async (id: string) => {
    const [row] = await server.database.orm
      .select()
      .from(records)
      .where(and(eq(records.entity, 'task'), eq(records.id, id)));
    return row?.data as Record<string, unknown> & { _clock: Record<string, string> };
  };
  const accepted = (result: PushResult | undefined) => {
    if (result?.status !== 'accepted') throw new Error(`Not accepted: ${JSON.stringify(result)}`);
    return result;
  };

  it('re-stamps a status sent 6 days ahead, so an honest edit a second later wins; pull shows the new stamp', async () => {
    const task = await newTask();
    const { cursor } = await pullAll(server, adminToken, 0);
    const fast = new TestReplica('ward-laptop');
    const before = Date.now();
    const ahead = fast.update('task', task, { status: 'paused' }, { hlc: fast.tick(before + 6 * DAY_MS) });
    const wardAnswer = await pushBatch(server, wardToken, fast.batch([ahead]));
    const after = Date.now();
    const restamped = accepted(wardAnswer.results[0]);
    expect(restamped.hlc).toBeDefined();
    const stamp = parseHlc(restamped.hlc ?? '');
    expect(stamp.wallMs).toBeGreaterThanOrEqual(before);
    expect(stamp.wallMs).toBeLessThanOrEqual(after);
    expect(stamp.nodeId).toBe(parseHlc(ahead.hlc).nodeId);
    expect((await stored(task.id))._clock.status).toBe(restamped.hlc);

    const office = new TestReplica('office-pc');
    const honest = office.update(
      'task',
      task,
      { status: 'done', progress: 100 },
      {
        hlc: office.tick(after + 1000),
      },
    );
    const officeAnswer = await pushBatch(server, officeToken, office.batch([honest]));
    const officeResult = accepted(officeAnswer.results[0]);
    expect(officeResult.hlc).toBeUndefined();
    expect(officeResult.conflicts).toEqual([]);
    const row = await stored(task.id);
    expect(row).toMatchObject({ status: 'done', progress: 100 });
    expect(row._clock.status).toBe(honest.hlc);

    const pulled = (await pullAll(server, adminToken, cursor)).changes.filter((c) => c.recordId === task.id);
    expect(pulled.map((c) => [c.hlc, c.fields])).toEqual([
      [restamped.hlc, { status: 'paused' }],
      [honest.hlc, { status: 'done', progress: 100 }],
    ]);
    const [logged] = await server.database.orm
      .select()
      .from(changes)
      .where(eq(changes.changeId, ahead.changeId));
    expect(logged?.hlc).toBe(restamped.hlc);
    const audit = await server.database.orm.select().from(auditLog).where(eq(auditLog.recordId, task.id));
    expect(audit.map((a) => [a.field, a.newValue])).toContainEqual(['status', 'paused']);
  });

  it('keeps the order of re-stamped edits of one push, answers a retry with the same stamps', async () => {
    const task = await newTask();
    const fast = new TestReplica('ward-laptop');
    const far = Date.now() + 2 * DAY_MS;
    const batch = fast.batch([
      fast.update('task', task, { progress: 20 }, { hlc: fast.tick(far) }),
      fast.update('task', task, { progress: 30 }, { hlc: fast.tick(far) }),
      fast.update('task', task, { status: 'paused' }, { hlc: fast.tick(far) }),
    ]);
    const answer = await pushBatch(server, wardToken, batch);
    const stamps = answer.results.map((r) => accepted(r).hlc ?? '');
    expect(stamps.map((s) => parseHlc(s).counter)).toEqual([0, 1, 2]);
    expect([...stamps].sort()).toEqual(stamps);
    const row = await stored(task.id);
    expect(row).toMatchObject({ progress: 30, status: 'paused' });
    expect(row._clock.progress).toBe(stamps[1]);
    expect((await pushBatch(server, wardToken, batch)).results).toEqual(answer.results);
  });

  it('leaves a stamp within five minutes ahead as it is', async () => {
    const task = await newTask();
    const office = new TestReplica('office-pc');
    const change = office.update(
      'task',
      task,
      { progress: 50 },
      {
        hlc: office.tick(Date.now() + MAX_STAMP_AHEAD_MS - 30_000),
      },
    );
    const result = accepted((await pushBatch(server, officeToken, office.batch([change]))).results[0]);
    expect(result.hlc).toBeUndefined();
    expect((await stored(task.id))._clock.progress).toBe(change.hlc);
  });

  it('only compares the stamps of `base`: a far-future base still tells a seen value from an unseen one', async () => {
    const task = await newTask();
    const fast = new TestReplica('ward-laptop');
    const far = Date.now() + 3 * DAY_MS;
    const first = fast.update('task', task, { progress: 60 }, { hlc: fast.tick(far) });
    const firstStamp = accepted((await pushBatch(server, wardToken, fast.batch([first]))).results[0]).hlc;
    // The ward edits again on top of its own edit, still holding its own (far) stamp as base: same writer,
    // no conflict, and the far base is stored nowhere.
    const second = fast.update(
      'task',
      task,
      { progress: 70 },
      {
        hlc: fast.tick(far),
        base: { progress: first.hlc },
      },
    );
    const secondResult = accepted((await pushBatch(server, wardToken, fast.batch([second]))).results[0]);
    expect(secondResult.conflicts).toEqual([]);
    expect(secondResult.hlc).not.toBe(firstStamp);
    // The office sets the progress honestly; the ward, not having seen it, overwrites it: a conflict.
    const office = new TestReplica('office-pc');
    const honest = office.update(
      'task',
      task,
      { progress: 80 },
      {
        hlc: office.tick(Date.now() + 1),
        base: { progress: secondResult.hlc ?? null },
      },
    );
    expect(
      accepted((await pushBatch(server, officeToken, office.batch([honest]))).results[0]).conflicts,
    ).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = fast.update(
      'task',
      task,
      { progress: 90 },
      { hlc: fast.tick(far), base: { progress: second.hlc } },
    );
    const thirdResult = accepted((await pushBatch(server, wardToken, fast.batch([third]))).results[0]);
    expect(thirdResult.conflicts).toMatchObject([
      {
        field: 'progress',
        kept: { value: 90, hlc: thirdResult.hlc },
        overwritten: { value: 80, hlc: honest.hlc },
      },
    ]);
    expect((await stored(task.id))._clock.progress).toBe(thirdResult.hlc);
  });
});
