import { describe, expect, inject, it } from 'vitest';
import { createTestClient, syncTolerant } from '../../test/sync-clients.ts';
import { createWorld } from '../../test/sync-world.ts';
import { updateRecord } from '../db/write.ts';

const server = inject('syncServer');
const HOURS_48 = 48 * 3_600_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  ['48 hours fast', HOURS_48],
  ['48 hours slow', -HOURS_48],
])('a replica whose clock is %s', (_label, skew) => {
  it('syncs, and its edits are ordered by when they really happened', async () => {
    const [userA, userB] = server.users;
    if (!userA || !userB) throw new Error('the sync suite needs two users');
    const programmeId = server.programmeIds[server.runs + (skew > 0 ? 0 : 1)] ?? '';
    const skewed = await createTestClient(server.url, userA, 'lech-gio', () => Date.now() + skew);
    const exact = await createTestClient(server.url, userB, 'dung-gio');

    const world = await createWorld(exact.write, programmeId);
    expect(await syncTolerant(exact)).toBe(true);
    expect(await syncTolerant(skewed)).toBe(true);
    const taskId = world.taskIds[0] ?? '';

    // The skewed machine edits first, the exact one a moment later: the later edit must win.
    await updateRecord(skewed.write, 'task', taskId, { title: 'Sửa trên máy lệch giờ' });
    await pause(30);
    await updateRecord(exact.write, 'task', taskId, { title: 'Sửa sau, trên máy đúng giờ' });
    for (const client of [skewed, exact, skewed, exact]) expect(await syncTolerant(client)).toBe(true);

    for (const client of [skewed, exact]) {
      expect((await client.db.task.get(taskId))?.title).toBe('Sửa sau, trên máy đúng giờ');
      expect(await client.db.rejected.count()).toBe(0);
    }
  });
});
