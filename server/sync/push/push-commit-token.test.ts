import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrincipal } from '../../auth/user-store.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import type { Carry } from './group-state.ts';
import { loadRecords, recordKey } from './group-store.ts';
import { applyPushGroup, type PushJob } from './push-group.ts';
import { push, type Pusher } from './push-service.ts';
import { readSyncState } from '../log/log-head.ts';

/**
 * A pipelined group trusts the previous group's carry only if the commit it finds under the lock is the
 * one that carry was made for — the version alone is not enough: the previous group may fail after
 * handing its carry on, while another instance commits just as many versions. Each commit writes a fresh
 * token to `sync_state`; a carry names the token its group commits, and a mismatch starts over.
 *
 * On PostgreSQL the commit in between comes from a second server instance on the same database; PGlite
 * has one connection and one instance, so there it comes from the same server's push path.
 */
describe.each(backends)('the commit token of pipelined groups on $name', (backend) => {
  let server: TestServer;
  let other: TestServer;
  let pusher: Pusher;
  const programme = programmeRecord();
  const task = taskRecord(programme.id, newId(), { title: 'Rà soát ban đầu', progress: 0 });
  const replica = new TestReplica('office');

  beforeAll(async () => {
    server = await startTestServer(backend);
    other = backend.name === 'postgres' ? await startTestServer(backend, {}, server.testDatabase) : server;
    const user = await createTestUser(server, { isAdmin: true });
    const loaded = await loadPrincipal(server.database.orm, user.id);
    if (!loaded) throw new Error('no principal');
    pusher = { principal: loaded.principal, userId: user.id, userName: loaded.user.displayName };
    const request = replica.batch([replica.create('programme', programme), replica.create('task', task)]);
    await push(server.context, pusher, request);
  }, 60_000);
  afterAll(async () => {
    if (other !== server) await other?.stop();
    await server?.stop();
  });

  const options = () => ({ channel: server.database.noticeChannel });
  const job = (fields: Record<string, unknown>): PushJob => ({
    pusher,
    request: replica.batch([replica.update('task', task, fields)]),
    now: Date.now(),
  });

  it('starts over when the group that made the carry failed and another commit took its version', async () => {
    const before = await readSyncState(server.database.orm);
    // The first group applies its change, hands its carry on, then fails: nothing of it commits.
    let carry: Carry | null = null;
    await expect(
      server.database.transaction(async (tx) => {
        await applyPushGroup(tx, [job({ progress: 55 })], options(), {
          carry: null,
          ready: (c) => (carry = c),
        });
        throw new Error('fails after ready');
      }),
    ).rejects.toThrow('fails after ready');
    expect(carry).not.toBeNull();
    // Another instance commits exactly as many versions as the failed group would have.
    const interloper = await push(
      other.context,
      pusher,
      replica.batch([replica.update('task', task, { title: 'Rà soát lại' })]),
    );
    expect(interloper.results[0]?.status).toBe('accepted');
    expect((await readSyncState(server.database.orm)).lastVersion).toBe(before.lastVersion + 1);
    // The next group, pipelined on the failed group's carry, must not build on its rolled-back state.
    const [results] = await server.database.transaction((tx) =>
      applyPushGroup(tx, [job({ status: 'in_progress' })], options(), { carry, ready: () => undefined }),
    );
    expect(results?.[0]?.status).toBe('accepted');
    const rows = await server.database.transaction((tx) =>
      loadRecords(tx, [{ entity: 'task', id: task.id }]),
    );
    const stored = rows.get(recordKey('task', task.id))?.data;
    expect(stored).toMatchObject({ title: 'Rà soát lại', status: 'in_progress', progress: 0 });
  });
});
