import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { loadPrincipal } from '../../auth/user-store.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import type { Carry } from './group-state.ts';
import { recordKey } from './group-store.ts';
import { applyPushGroup, type PushJob } from './push-group.ts';
import { push, type Pusher } from './push-service.ts';
import { readSyncState } from '../log/log-head.ts';

/**
 * Pipelined groups (push-group.ts): a group applies its changes ahead of the lock on what the previous
 * group left (its carry), and keeps that work only if the version and commit token it finds under the
 * lock are the carry's; otherwise something else committed meanwhile and it starts over on what the
 * database holds.
 */
describe.each(backends)('pipelined push groups on $name', (backend) => {
  let server: TestServer;
  let pusher: Pusher;
  const programme = programmeRecord();
  const task = taskRecord(programme.id, newId());
  const replica = new TestReplica('office');

  beforeAll(async () => {
    server = await startTestServer(backend);
    const user = await createTestUser(server, { isAdmin: true });
    const loaded = await loadPrincipal(server.database.orm, user.id);
    if (!loaded) throw new Error('no principal');
    pusher = { principal: loaded.principal, userId: user.id, userName: loaded.user.displayName };
    const request = replica.batch([replica.create('programme', programme), replica.create('task', task)]);
    await push(server.context, pusher, request);
  }, 60_000);
  afterAll(() => server.stop());

  /** A partial update of the task, run as a group whose carry says the task does not exist. */
  async function updateWithCarry(
    carryVersion: number,
    token: string,
  ): Promise<{ result: PushResult; handed: Carry[] }> {
    const job: PushJob = {
      pusher,
      request: replica.batch([replica.update('task', task, { progress: 70 })]),
      now: Date.now(),
    };
    const carry: Carry = {
      version: carryVersion,
      token,
      records: new Map([[recordKey('task', task.id), null]]),
      ranks: new Map(),
      accepted: new Map(),
      writers: new Map(),
      grants: new Map(),
    };
    const handed: Carry[] = [];
    const options = {
      channel: server.database.noticeChannel,
    };
    const [results] = await server.database.transaction((tx) =>
      applyPushGroup(tx, [job], options, { carry, ready: (next) => handed.push(next) }),
    );
    const result = results?.[0];
    if (!result) throw new Error('no answer');
    return { result, handed };
  }

  it('starts over under the lock when the version moved since the carry', async () => {
    const { lastVersion, commitToken } = await readSyncState(server.database.orm);
    const { result, handed } = await updateWithCarry(lastVersion - 1, commitToken);
    // Ahead of the lock the task looked missing (not_found); under the lock it is found and updated.
    expect(result).toMatchObject({ status: 'accepted', version: lastVersion + 1 });
    expect(handed).toHaveLength(1);
    expect(handed[0]?.version).toBe(lastVersion + 1);
    expect(handed[0]?.records.get(recordKey('task', task.id))?.data).toMatchObject({ progress: 70 });
  });

  it('starts over under the lock when the version is the carry’s but the commit is not', async () => {
    const { lastVersion } = await readSyncState(server.database.orm);
    const { result } = await updateWithCarry(lastVersion, 'a-commit-that-never-happened');
    expect(result).toMatchObject({ status: 'accepted', version: lastVersion + 1 });
  });

  it('keeps the work done ahead when the version and commit are the carry’s', async () => {
    const { lastVersion, commitToken } = await readSyncState(server.database.orm);
    const { result } = await updateWithCarry(lastVersion, commitToken);
    // The carry is trusted as the state the lock protects: here it says the task is missing.
    expect(result).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect((await readSyncState(server.database.orm)).lastVersion).toBe(lastVersion);
  });
});
