import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { backends } from '../../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { pushBatch } from '../../test/sync-client.ts';

/**
 * Poisoned text (a NUL, a lone surrogate) in a pushed change must not make PostgreSQL refuse the whole
 * batch — which answered 500 on every retry and left the machine stuck. Such a change is refused alone,
 * with the field named; the rest of the batch is applied.
 */
describe.each(backends)('poisoned text in a push on $name', (backend) => {
  let server: TestServer;
  let token = '';
  const replica = new TestReplica('poison-laptop');
  const programme = programmeRecord();
  const task = taskRecord(programme.id, newId());

  beforeAll(async () => {
    server = await startTestServer(backend);
    token = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    await pushBatch(
      server,
      token,
      replica.batch([replica.create('programme', programme), replica.create('task', task)]),
    );
  }, 60_000);
  afterAll(() => server.stop());

  const rejection = (result: PushResult | undefined) => {
    if (result?.status !== 'rejected') throw new Error(`Not rejected: ${JSON.stringify(result)}`);
    return result;
  };

  it('refuses each poisoned change alone, naming the field, and applies the rest of the batch', async () => {
    const fresh = programmeRecord({ title: 'Chương trình\u0000 lỗi' });
    const create = replica.create('programme', fresh);
    const poisoned: RecordChange[] = [
      replica.update('task', task, { description: 'Báo cáo \ud800 hỏng' }),
      replica.update('task', task, { ['status\u0000']: 'done' }),
      replica.update('task', task, { progress: 40 }, { base: { ['progress\u0000']: null } }),
      replica.update('task', task, { cooperatingUnitIds: [`x\u0000`] }),
    ];
    const good = replica.update('task', task, { progress: 30 });
    const answer = await api(server, 'POST', '/sync/push', {
      token,
      body: replica.batch([create, good, ...poisoned]),
    });
    expect(answer.status).toBe(200);
    const results = (answer.body as { results: PushResult[] }).results;
    expect(results.map((r) => (r.status === 'accepted' ? 'accepted' : r.code))).toEqual([
      'invalid',
      'accepted',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
    const title = rejection(results[0]);
    expect(title.reason).toMatch(/^Trường «Tiêu đề» chứa ký tự NUL \(mã 0\)/);
    expect(title.message).toEqual({ key: 'unsafe_text', params: { field: 'title', kind: 'nul' } });
    const description = rejection(results[2]);
    expect(description.reason).toMatch(/^Trường «Nội dung» chứa một ký tự hỏng/);
    expect(description.message).toEqual({
      key: 'unsafe_text',
      params: { field: 'description', kind: 'lone_surrogate' },
    });
    const fieldName = rejection(results[3]);
    expect(fieldName.reason).toMatch(/^Tên trường «status�» chứa ký tự NUL/);
    expect(fieldName.message?.params).toEqual({ field: 'status�', kind: 'nul' });
    const baseKey = rejection(results[4]);
    expect(baseKey.message?.params).toEqual({ field: 'progress�', kind: 'nul' });
    expect(rejection(results[5]).message?.params).toEqual({ field: 'cooperatingUnitIds', kind: 'nul' });
    for (const result of results) expect(JSON.stringify(result)).not.toMatch(/\\u0000|\\ud800/);
  });

  it('answers a retry of the same batch the same way (nothing stuck)', async () => {
    const batch = replica.batch([
      replica.update('task', task, { title: 'Tiêu đề\u0000' }),
      replica.update('task', task, { progress: 35 }),
    ]);
    const first = await pushBatch(server, token, batch);
    const second = await pushBatch(server, token, batch);
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'accepted']);
    expect(second.results).toEqual(first.results);
  });

  it('refuses poison in the entity or space id without touching the database', async () => {
    const answer = await pushBatch(
      server,
      token,
      replica.batch([
        { ...replica.update('task', task, { progress: 36 }), entity: 'task\u0000' },
        { ...replica.update('task', task, { progress: 37 }), spaceId: `${task.spaceId}\u0000` },
        {
          ...replica.create('taskUpdate', { id: newId(), spaceId: task.spaceId }),
          fields: { taskId: `${task.id}\u0000` },
        },
        replica.update('task', task, { progress: 38 }),
      ]),
    );
    expect(answer.results.map((r) => (r.status === 'accepted' ? 'accepted' : r.code))).toEqual([
      'unknown_entity',
      'invalid',
      'invalid',
      'accepted',
    ]);
    for (const result of answer.results) expect(JSON.stringify(result)).not.toMatch(/\\u0000/);
  });
});
