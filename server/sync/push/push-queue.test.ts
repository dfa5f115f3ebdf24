import { describe, expect, it } from 'vitest';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import type { Database, Tx } from '../../db/database.ts';
import { newId, programmeRecord, TestReplica } from '../../test/records.ts';
import type { PushJob } from './push-group.ts';
import { MAX_GROUP_CHANGES, PushQueue } from './push-queue.ts';

/** The queue alone, on a stand-in database: grouping, order, and a failing group retried push by push. */
const fakeDatabase = { transaction: (work: (tx: Tx) => Promise<unknown>) => work({} as Tx) } as Database;

function job(clientId: string, changes = 1): PushJob {
  const replica = new TestReplica(clientId);
  const programme = programmeRecord();
  const request = replica.batch(
    Array.from({ length: changes }, () => replica.update('programme', programme, { name: newId() })),
  );
  return {
    pusher: {
      principal: { userId: 'u', isAdmin: true, unitId: null, grants: [], capabilities: [] },
      userId: 'u',
      userName: 'U',
    },
    request,
    now: Date.now(),
  };
}

const answer = (j: PushJob): PushResult[] =>
  j.request.changes.map((c) => ({ changeId: c.changeId, status: 'accepted', version: 1, conflicts: [] }));

describe('PushQueue', () => {
  it('puts the pushes that wait during a transaction into the next one, in arrival order', async () => {
    const seen: string[][] = [];
    const queue = new PushQueue(fakeDatabase, {
      apply: async (_tx, jobs) => {
        seen.push(jobs.map((j) => j.request.clientId));
        await new Promise((resolve) => setTimeout(resolve, 5));
        return jobs.map(answer);
      },
    });
    const jobs = ['a', 'b', 'c', 'd'].map((id) => job(id));
    const results = await Promise.all(jobs.map((j) => queue.push(j)));
    expect(seen).toEqual([['a'], ['b', 'c', 'd']]);
    results.forEach((r, i) =>
      expect(r.map((x) => x.changeId)).toEqual(jobs[i]?.request.changes.map((c) => c.changeId)),
    );
    expect(queue.counts).toEqual({ groups: 2, pushes: 4 });
  });

  it('never puts more than MAX_GROUP_CHANGES changes in a group, nor splits a push', async () => {
    const sizes: number[] = [];
    const queue = new PushQueue(fakeDatabase, {
      apply: async (_tx, jobs) => {
        sizes.push(jobs.reduce((n, j) => n + j.request.changes.length, 0));
        return jobs.map(answer);
      },
    });
    const big = Math.floor(MAX_GROUP_CHANGES / 3) + 1;
    await Promise.all(
      [job('first'), ...Array.from({ length: 5 }, (_, i) => job(`c${i}`, big))].map((j) => queue.push(j)),
    );
    expect(sizes).toEqual([1, 2 * big, 2 * big, big]);
  });

  it('retries a failed group push by push, so only the bad push fails', async () => {
    const queue = new PushQueue(fakeDatabase, {
      apply: async (_tx, jobs) => {
        if (jobs.some((j) => j.request.clientId === 'bad')) throw new Error('database refused');
        return jobs.map(answer);
      },
    });
    const [first, good, bad, alsoGood] = ['first', 'good', 'bad', 'also-good'].map((id) =>
      queue.push(job(id)),
    );
    await expect(first).resolves.toHaveLength(1);
    await expect(good).resolves.toHaveLength(1);
    await expect(bad).rejects.toThrow('database refused');
    await expect(alsoGood).resolves.toHaveLength(1);
    // first alone, then [good, bad, also-good] failed together, then each alone
    expect(queue.counts).toEqual({ groups: 5, pushes: 7 });
  });
});
