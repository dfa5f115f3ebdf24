import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrincipal } from '../../auth/user-store.ts';
import type { ServerContext } from '../../context.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { applyPushGroup } from './push-group.ts';
import { PushQueue } from './push-queue.ts';
import { push, type Pusher } from './push-service.ts';
import { createPushStats } from './push-stats.ts';

/**
 * A push queue belongs to whoever made it (a server's context, server.ts), with the options it was made
 * with: two contexts on one database, made with different options, each group their own pushes with their
 * own options and stats — neither takes the other's queue, and the server's own queue sees none of them.
 */
const totalsOf = (lines: readonly string[]) => {
  const totals: Record<string, number> = {};
  for (const line of lines) {
    const { event, ...values } = JSON.parse(line) as Record<string, unknown>;
    expect(event).toBe('push.stats');
    for (const [key, value] of Object.entries(values)) totals[key] = (totals[key] ?? 0) + Number(value);
  }
  return totals;
};

describe.each(backends)('push queues owned by their context on $name', (backend) => {
  let server: TestServer;
  let pusher: Pusher;

  beforeAll(async () => {
    server = await startTestServer(backend);
    const user = await createTestUser(server, { isAdmin: true });
    const loaded = await loadPrincipal(server.database.orm, user.id);
    if (!loaded) throw new Error('no principal');
    pusher = { principal: loaded.principal, userId: user.id, userName: loaded.user.displayName };
  }, 60_000);
  afterAll(() => server.stop());

  it('gives two contexts on one database each its own queue, with its own options', async () => {
    const lines = { first: [] as string[], second: [] as string[] };
    const stats = {
      first: createPushStats({ enabled: true, log: (line) => lines.first.push(line), intervalMs: 60_000 }),
      second: createPushStats({ enabled: true, log: (line) => lines.second.push(line), intervalMs: 60_000 }),
    };
    let appliedBySecond = 0;
    const context = (queue: PushQueue): Pick<ServerContext, 'now' | 'pushQueue'> => ({
      now: Date.now,
      pushQueue: queue,
    });
    const first = context(new PushQueue(server.database, { stats: stats.first }));
    const second = context(
      new PushQueue(server.database, {
        stats: stats.second,
        apply: (tx, jobs, options, pipeline) => {
          appliedBySecond += jobs.length;
          return applyPushGroup(tx, jobs, options, pipeline);
        },
      }),
    );
    const serverCounts = { ...server.context.pushQueue.counts };
    const replica = new TestReplica('owner');
    const programme = programmeRecord();
    const task = taskRecord(programme.id, newId());

    const made = await push(first, pusher, replica.batch([replica.create('programme', programme)]));
    const created = await push(second, pusher, replica.batch([replica.create('task', task)]));
    const updated = await push(
      second,
      pusher,
      replica.batch([replica.update('task', task, { progress: 5 })]),
    );
    stats.first.stop();
    stats.second.stop();

    // One version sequence, the database's, whichever queue a push went through.
    const versions = [made, created, updated].map(({ results: [result] }) => {
      if (result?.status !== 'accepted') throw new Error(`not accepted: ${JSON.stringify(result)}`);
      return result.version;
    });
    const start = versions[0] ?? 0;
    expect(versions).toEqual([start, start + 1, start + 2]);
    // Each queue ran its own pushes with its own options; the server's queue ran none of them.
    expect(first.pushQueue.counts).toEqual({ groups: 1, pushes: 1 });
    expect(second.pushQueue.counts).toEqual({ groups: 2, pushes: 2 });
    expect(appliedBySecond).toBe(2);
    expect(server.context.pushQueue.counts).toEqual(serverCounts);
    expect(server.context.pushQueue).not.toBe(first.pushQueue);
    expect(totalsOf(lines.first)).toMatchObject({ groups: 1, pushes: 1, changes: 1 });
    expect(totalsOf(lines.second)).toMatchObject({ groups: 2, pushes: 2, changes: 2 });
  });
});
