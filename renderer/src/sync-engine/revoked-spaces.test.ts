import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { meetingSpace, programmeSpace, unitSpace } from '../../../shared/domain/space.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { scriptedServer } from '../../test/scripted-server.ts';
import { createWorld } from '../../test/sync-world.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord, updateRecord } from '../db/write.ts';
import { createSyncEngine } from './engine.ts';
import { loadSyncState } from './sync-state.ts';

/**
 * A space the user lost: at the next round its unsynced edits move to the refused list (with why, and the
 * values kept for copying), then its records leave this machine. The directory, the spaces still granted
 * and the spaces that exist only here (a meeting created on this machine, waiting or kept as a draft) stay.
 */
async function officeWithThreeSpaces() {
  const { db, ctx } = createTestDb();
  const kept = await createWorld(ctx, uuidv7(Date.UTC(2021, 0, 1)));
  const lost = await createWorld(ctx, uuidv7(Date.UTC(2021, 0, 2)));
  const draftMeeting = uuidv7(Date.UTC(2021, 0, 3));
  await createRecord(ctx, 'meeting', {
    ...sampleRecords.meeting,
    id: draftMeeting,
    spaceId: meetingSpace(draftMeeting),
  });
  const ward = await createRecord(ctx, 'unit', {
    ...sampleRecords.unit,
    id: undefined,
    name: 'Phường Bồ Đề',
  });
  const server = scriptedServer({
    grants: ['directory', kept.spaceId, lost.spaceId],
    snapshotPages: [[]],
    pullPages: [],
    // The server does not take a meeting from this user yet: it stays here as a local draft.
    refuse: (change) => change.entity === 'meeting',
  });
  const engine = createSyncEngine({ db, transport: server.transport });
  await engine.syncOnce();
  expect(await db.rejected.count()).toBe(1);
  return { db, ctx, engine, server, kept, lost, draftMeeting, ward };
}

describe('a space the user lost', () => {
  it('has its unsynced edits shown as refused, then its records removed; the rest stays', async () => {
    const { db, ctx, engine, server, kept, lost, draftMeeting, ward } = await officeWithThreeSpaces();
    const [lostTask = ''] = lost.taskIds;
    await updateRecord(ctx, 'task', lostTask, { title: 'Sửa khi chưa biết mình mất quyền' });
    await updateRecord(ctx, 'task', kept.taskIds[0] ?? '', { title: 'Sửa ở chương trình còn quyền' });
    // A meeting created offline, still waiting to be sent: it exists on this machine only.
    const waitingMeeting = uuidv7(Date.UTC(2021, 0, 4));
    await createRecord(ctx, 'meeting', {
      ...sampleRecords.meeting,
      id: waitingMeeting,
      spaceId: meetingSpace(waitingMeeting),
    });
    server.script.grants = ['directory', kept.spaceId];
    const pushedBefore = server.pushed.length;
    await engine.syncOnce();

    const refused = await db.rejected.where('recordId').equals(lostTask).toArray();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      code: 'forbidden',
      fields: { title: 'Sửa khi chưa biết mình mất quyền' },
      message: { key: 'space_revoked', params: { space: 'programme' } },
    });
    expect(refused[0]?.reason).toBe(
      'Bạn không còn quyền truy cập chương trình này nên thay đổi này không gửi được; ' +
        'hãy sao chép nội dung nếu cần.',
    );
    expect(refused[0]?.draft).toBeUndefined();
    // Never sent: the server would refuse it, and the user has been told why.
    expect(server.pushed.length - pushedBefore).toBe(2);
    expect(await db.outbox.count()).toBe(0);

    expect(await db.programme.get(lost.programmeId)).toBeUndefined();
    expect(await db.task.where('spaceId').equals(lost.spaceId).count()).toBe(0);
    expect(await db.indicatorPeriod.where('spaceId').equals(lost.spaceId).count()).toBe(0);
    expect(await db.history.where('recordId').equals(lostTask).count()).toBe(0);

    expect(await db.task.where('spaceId').equals(kept.spaceId).count()).toBe(3);
    expect(await db.unit.get(ward.id)).toBeDefined();
    expect(await db.meeting.get(draftMeeting)).toBeDefined();
    expect(await db.meeting.get(waitingMeeting)).toBeDefined();
    expect((await loadSyncState(db)).spaces).not.toContain(lost.spaceId);
  });

  it('is nothing an administrator loses: they read every space without a grant', async () => {
    const { db, engine, server, lost } = await officeWithThreeSpaces();
    server.script.grants = [];
    server.script.isAdmin = true;
    await engine.syncOnce();
    expect(await db.task.where('spaceId').equals(lost.spaceId).count()).toBe(3);
    expect(await db.programme.get(lost.programmeId)).toBeDefined();
  });

  it('never takes the directory away, granted or not', async () => {
    const { db, engine, server, ward } = await officeWithThreeSpaces();
    server.script.grants = [programmeSpace(uuidv7(Date.UTC(2021, 5, 1)))];
    await engine.syncOnce();
    expect(await db.unit.get(ward.id)).toBeDefined();
  });
});

describe("a unit's own space", () => {
  /** A task the ward gives itself (no programme or meeting), in its unit's space. */
  async function unitTask(ctx: ReturnType<typeof createTestDb>['ctx'], unitId: string) {
    return createRecord(ctx, 'task', {
      ...sampleRecords.task,
      id: undefined,
      title: 'Rà soát hộ nghèo trên địa bàn phường',
      source: { kind: 'none' },
      leadUnitId: unitId,
      cooperatingUnitIds: [],
      spaceId: unitSpace(unitId),
    });
  }

  it('stays with its members without a grant, is snapshotted for them, and leaves a member who moved unit', async () => {
    const { db, ctx } = createTestDb();
    const ward = uuidv7(Date.UTC(2021, 0, 5));
    const task = await unitTask(ctx, ward);
    const server = scriptedServer({
      grants: ['directory'],
      unitId: ward,
      snapshotPages: [[]],
      pullPages: [],
    });
    const engine = createSyncEngine({ db, transport: server.transport });
    await engine.syncOnce();
    await engine.syncOnce();
    expect((await db.task.get(task.id))?._deleted).toBe(0);
    expect(await db.rejected.count()).toBe(0);
    expect((await loadSyncState(db)).spaces).toContain(unitSpace(ward));
    // The same account now works for another unit: the old unit's space is no longer theirs.
    server.script.unitId = uuidv7(Date.UTC(2021, 0, 6));
    await engine.syncOnce();
    expect(await db.task.get(task.id)).toBeUndefined();
  });
});
