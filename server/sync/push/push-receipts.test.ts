import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { loadPrincipal } from '../../auth/user-store.ts';
import { backends } from '../../test/backends.ts';
import {
  createTestUser,
  login,
  startTestServer,
  type TestServer,
  type TestUser,
} from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { pullAll, pushBatch } from '../../test/sync-client.ts';
import { applyPushGroup, type PushJob, type Pusher } from './push-group.ts';

/**
 * Receipts answer a retry of one's own change, never another user's: a change id is the client's, and
 * an account that sends an id some other account's change already took is not told "accepted" for an edit
 * the server never applied. It is refused (`invalid`, with the reason), and its values go back.
 */
describe.each(backends)('receipts are per user on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  let first: TestUser;
  let second: TestUser;
  let firstToken = '';
  let secondToken = '';
  const programme = programmeRecord();
  const task = taskRecord(programme.id, newId(), { progress: 0 });

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const admin = new TestReplica('admin');
    await pushBatch(
      server,
      adminToken,
      admin.batch([admin.create('programme', programme), admin.create('task', task)]),
    );
    const grants = [{ spaceId: programme.spaceId, role: 'write' as const }];
    first = await createTestUser(server, { grants });
    second = await createTestUser(server, { grants });
    firstToken = (await login(server, first, 'first-pc')).accessToken;
    secondToken = (await login(server, second, 'second-pc')).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  async function pushOne(token: string, replica: TestReplica, change: RecordChange): Promise<PushResult> {
    const [result] = (await pushBatch(server, token, replica.batch([change]))).results;
    if (!result) throw new Error('no result');
    return result;
  }

  async function storedProgress(): Promise<unknown> {
    const { changes } = await pullAll(server, adminToken, 0);
    return changes.filter((c) => c.recordId === task.id && 'progress' in c.fields).at(-1)?.fields.progress;
  }

  it('answers the same user’s retry with its first result', async () => {
    const replica = new TestReplica('first-pc');
    const change = replica.update('task', task, { progress: 10 });
    const once = await pushOne(firstToken, replica, change);
    expect(once.status).toBe('accepted');
    expect(await pushOne(firstToken, replica, change)).toEqual(once);
  });

  it('never answers "accepted" to another user who reuses a change id', async () => {
    const mine = new TestReplica('first-pc');
    const theirs = new TestReplica('second-pc');
    const taken = mine.update('task', task, { progress: 20 });
    expect((await pushOne(firstToken, mine, taken)).status).toBe('accepted');
    const reused = { ...theirs.update('task', task, { progress: 30 }), changeId: taken.changeId };
    const answer = await pushOne(secondToken, theirs, reused);
    expect(answer).toMatchObject({
      status: 'rejected',
      code: 'invalid',
      message: { key: 'change_id_reused' },
    });
    expect(answer.status === 'rejected' && answer.reason).toMatch(/^Mã thay đổi này đã được dùng/);
    // What the server holds of the field goes back: the first user's value.
    expect(answer.status === 'rejected' && answer.held?.fields).toEqual({ progress: 20 });
    expect(await storedProgress()).toBe(20);
    // And the first user's retry still answers as before.
    expect((await pushOne(firstToken, mine, taken)).status).toBe('accepted');
  });

  it('refuses the reuse within one group too, where the first change is not committed yet', async () => {
    const pusherOf = async (user: TestUser): Promise<Pusher> => {
      const loaded = await loadPrincipal(server.database.orm, user.id);
      if (!loaded) throw new Error('no principal');
      return { principal: loaded.principal, userId: user.id, userName: loaded.user.displayName };
    };
    const mine = new TestReplica('first-pc');
    const theirs = new TestReplica('second-pc');
    const taken = mine.update('task', task, { progress: 40 });
    const reused = { ...theirs.update('task', task, { progress: 50 }), changeId: taken.changeId };
    const jobs: PushJob[] = [
      { pusher: await pusherOf(first), request: mine.batch([taken]), now: Date.now() },
      { pusher: await pusherOf(second), request: theirs.batch([reused]), now: Date.now() },
    ];
    const options = { channel: server.database.noticeChannel };
    const [ours, other] = await server.database.transaction((tx) => applyPushGroup(tx, jobs, options));
    expect(ours?.[0]?.status).toBe('accepted');
    expect(other?.[0]).toMatchObject({ status: 'rejected', code: 'invalid' });
    expect(await storedProgress()).toBe(40);
  });
});
