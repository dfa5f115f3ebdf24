import { describe, expect, inject, it } from 'vitest';
import { formatHlc, parseHlc } from '../../../shared/hlc/index.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { createTestClient, syncTolerant, type TestClient } from '../../test/sync-clients.ts';
import { createWorld } from '../../test/sync-world.ts';
import { updateRecord } from '../db/write.ts';
import { createSyncEngine } from './engine.ts';

/**
 * The faults of the sync promise (issue 12), each against a real server on loopback, on every backend the
 * suite runs (PGlite always, PostgreSQL when TEST_DATABASE_URL is set). Each programme space is used by one
 * test only: the suite's first spaces belong to the property runs and the clock-skew test.
 */
const servers = inject('syncServers');
const DAY = 24 * 3_600_000;
/** The drift rule's bound (shared/hlc/drift-rule.ts), written out so the test reads on its own. */
const RULE_MS = 5 * 60_000;

async function outboxAndRejected(client: TestClient) {
  return { outbox: await client.db.outbox.count(), rejected: await client.db.rejected.count() };
}

describe.each(servers.map((server) => [server.backend, server] as const))('on %s', (_backend, server) => {
  const space = (k: number) => server.programmeIds[server.runs + 2 + k] ?? '';
  const [writerUser, otherUser] = server.users;
  if (!writerUser || !otherUser) throw new Error('the sync suite needs two users');

  it('a batch counted in UTF-8 bytes is never too large, and every change of it arrives', async () => {
    const office = await createTestClient(server.url, writerUser, 'van-phong');
    const world = await createWorld(office.write, space(0));
    // 400 edits of ~21 KB each (7,000 characters of 3 bytes): 2.8 million UTF-16 units, under the old
    // count, but 8.4 MB on the wire, over the server's 5 MiB push limit.
    const text = (n: number) => `${n} ${'ệ'.repeat(7_000)}`;
    for (let n = 0; n < 400; n += 1) {
      const taskId = world.taskIds[n % 3] ?? '';
      await updateRecord(office.write, 'task', taskId, { description: text(n) });
    }
    expect(await syncTolerant(office)).toBe(true);
    expect(await outboxAndRejected(office)).toEqual({ outbox: 0, rejected: 0 });
    const reader = await createTestClient(server.url, otherUser, 'phuong');
    expect(await syncTolerant(reader)).toBe(true);
    expect((await reader.db.task.get(world.taskIds[0] ?? ''))?.description).toBe(text(399 - (399 % 3)));
  });

  it('a change holding a NUL or a lone surrogate is refused alone; the rest of the outbox still goes', async () => {
    const office = await createTestClient(server.url, writerUser, 'van-phong');
    const world = await createWorld(office.write, space(1));
    expect(await syncTolerant(office)).toBe(true);
    const [poisonedTask = '', cleanTask = ''] = world.taskIds;
    // As an outbox written before the text rule held them: straight into the outbox, past the write path.
    const base = (await office.db.task.get(poisonedTask))?._clock.title ?? null;
    for (const [n, bad] of ['Báo cáo \u0000 quý I', 'Báo cáo \ud800 quý I'].entries()) {
      await office.db.outbox.add({
        changeId: uuidv7(Date.now()),
        entity: 'task',
        recordId: poisonedTask,
        spaceId: world.spaceId,
        hlc: formatHlc({ wallMs: Date.now(), counter: n, nodeId: '00000000000000aa' }),
        fields: { title: bad },
        base: { title: base },
        createdAt: Date.now(),
      });
    }
    await updateRecord(office.write, 'task', cleanTask, { title: 'Hoàn thành trong tháng 01/2022' });
    expect(await syncTolerant(office)).toBe(true);
    expect(await syncTolerant(office)).toBe(true);
    expect(await outboxAndRejected(office)).toEqual({ outbox: 0, rejected: 2 });
    const other = await createTestClient(server.url, otherUser, 'phuong');
    expect(await syncTolerant(other)).toBe(true);
    expect((await other.db.task.get(cleanTask))?.title).toBe('Hoàn thành trong tháng 01/2022');
    expect((await other.db.task.get(poisonedTask))?.title).toBe('Nhiệm vụ 1 của chương trình');
  });

  it('an edit the server refuses goes back to the server value on this machine, and stays back', async () => {
    const office = await createTestClient(server.url, writerUser, 'van-phong');
    const world = await createWorld(office.write, space(2));
    await updateRecord(office.write, 'indicatorPeriod', world.periodIds[0] ?? '', { result: 15 });
    expect(await syncTolerant(office)).toBe(true);
    const viewer = await createTestClient(server.url, server.reader, 'chi-xem');
    expect(await syncTolerant(viewer)).toBe(true);
    const periodId = world.periodIds[0] ?? '';
    expect((await viewer.db.indicatorPeriod.get(periodId))?.result).toBe(15);

    await updateRecord(viewer.write, 'indicatorPeriod', periodId, { result: 16 });
    expect((await viewer.db.indicatorPeriod.get(periodId))?.result).toBe(16);
    for (let round = 0; round < 3; round += 1) expect(await syncTolerant(viewer)).toBe(true);

    const local = await viewer.db.indicatorPeriod.get(periodId);
    const held = await office.db.indicatorPeriod.get(periodId);
    expect(local?.result).toBe(15);
    expect(local?._clock.result).toBe(held?._clock.result);
    const [refused] = await viewer.db.rejected.toArray();
    expect(refused?.code).toBe('forbidden');
    expect(refused?.fields).toEqual({ result: 16 });
    // Someone with the right changes it later: the refused machine follows like everyone else.
    await updateRecord(office.write, 'indicatorPeriod', periodId, { result: 17 });
    expect(await syncTolerant(office)).toBe(true);
    expect(await syncTolerant(viewer)).toBe(true);
    expect((await viewer.db.indicatorPeriod.get(periodId))?.result).toBe(17);
  });

  it('a working copy synced by one account is never pushed or pulled as another', async () => {
    const first = await createTestClient(server.url, writerUser, 'may-chung');
    const world = await createWorld(first.write, space(3));
    expect(await syncTolerant(first)).toBe(true);
    await updateRecord(first.write, 'task', world.taskIds[0] ?? '', { title: 'Sửa của người thứ nhất' });
    // The second official signs in on the same machine, and a sync runs on the copy that is open.
    const second = await createTestClient(server.url, otherUser, 'may-chung-2');
    const onSameCopy = createSyncEngine({ db: first.db, transport: second.transport });
    await expect(onSameCopy.syncOnce()).rejects.toThrow(/Bản sao dữ liệu này của tài khoản/);
    expect(await first.db.outbox.count()).toBe(1);
    const observer = await createTestClient(server.url, otherUser, 'quan-sat');
    expect(await syncTolerant(observer)).toBe(true);
    expect((await observer.db.task.get(world.taskIds[0] ?? ''))?.title).toBe('Nhiệm vụ 1 của chương trình');
  });

  it('a machine days fast that edits before its first sync drags no clock, and pins no field', async () => {
    const fast = await createTestClient(server.url, writerUser, 'nhanh-3-ngay', () => Date.now() + 3 * DAY);
    const world = await createWorld(fast.write, space(4));
    await updateRecord(fast.write, 'task', world.taskIds[0] ?? '', { title: 'Sửa trên máy nhanh 3 ngày' });
    expect(await syncTolerant(fast)).toBe(true);
    const honest = await createTestClient(server.url, otherUser, 'dung-gio');
    expect(await syncTolerant(honest)).toBe(true);
    const clock = await honest.db.meta.get('clock');
    const wallMs = clock?.key === 'clock' ? clock.value.wallMs : 0;
    expect(wallMs - Date.now()).toBeLessThan(RULE_MS);

    await updateRecord(honest.write, 'task', world.taskIds[0] ?? '', { title: 'Sửa sau, trên máy đúng giờ' });
    for (const client of [honest, fast, honest]) expect(await syncTolerant(client)).toBe(true);
    for (const client of [honest, fast]) {
      const task = await client.db.task.get(world.taskIds[0] ?? '');
      expect(task?.title).toBe('Sửa sau, trên máy đúng giờ');
      expect(parseHlc(task?._clock.title ?? '').wallMs - Date.now()).toBeLessThan(RULE_MS);
    }
  });
});
