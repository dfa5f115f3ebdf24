import { describe, expect, it } from 'vitest';
import { buildDemoDataset } from '../../../shared/demo/index.ts';
import { unitSpace } from '../../../shared/domain/space.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { hoChiMinhTimestamp } from '../../../shared/text/ho-chi-minh-time.ts';
import { createTestDb } from '../../test/test-db.ts';
import { importDataset } from '../db/import-dataset.ts';
import { createRecord, ValidationFailure } from '../db/write.ts';
import {
  applyBulk,
  canReassign,
  completeTask,
  OWN_TASK_KEEPS_LEAD,
  postProgressReport,
  reportingUnit,
} from './task-actions.ts';

const NOW = hoChiMinhTimestamp('2026-11-22', '09:00');

async function demoDb() {
  const test = createTestDb(NOW);
  const data = buildDemoDataset({ now: NOW });
  await importDataset(test.db, data, NOW);
  const task = (title: string) => data.task.find((t) => t.title.startsWith(title)) as Task;
  const unit = (name: string) => data.unit.find((u) => u.name === name)?.id ?? 'missing';
  return { ...test, data, task, unit };
}

describe('task actions', () => {
  it('a progress report moves the task forward and stays in its space', async () => {
    const { db, ctx, task, unit } = await demoDb();
    const play = task('Xây dựng điểm vui chơi cho trẻ em');
    expect(play.status).toBe('not_started');
    const boDe = unit('Phường Bồ Đề');
    const report = {
      reportDate: '2026-11-22',
      progress: 20,
      text: 'Đã khảo sát mặt bằng.',
      unitId: boDe,
      authorId: null,
    };
    await postProgressReport(ctx, play, report, null);
    expect(await db.task.get(play.id)).toMatchObject({ progress: 20, status: 'in_progress' });
    const updates = await db.taskUpdate.where('taskId').equals(play.id).toArray();
    expect(updates).toEqual([expect.objectContaining({ spaceId: play.spaceId, progress: 20, unitId: boDe })]);
    // An older report does not move the progress back.
    await postProgressReport(
      ctx,
      { ...play, status: 'in_progress' },
      { ...report, reportDate: '2026-11-01', progress: 5 },
      '2026-11-22',
    );
    expect((await db.task.get(play.id))?.progress).toBe(20);
  });

  it('a report goes under my unit when it takes part, under the lead unit otherwise', async () => {
    const { task, unit } = await demoDb();
    const drainage = task('Nạo vét, khơi thông');
    expect(reportingUnit(drainage, unit('Phường Bồ Đề'))).toBe(unit('Phường Bồ Đề'));
    expect(reportingUnit(drainage, unit('Phường Thạch Bàn'))).toBe(drainage.leadUnitId);
  });

  it('completing asks for a closing report: refused without text, the task stays open', async () => {
    const { db, ctx, task } = await demoDb();
    const drainage = task('Nạo vét, khơi thông');
    const closing = { reportDate: '2026-11-22', text: '   ', unitId: drainage.leadUnitId, authorId: null };
    await expect(completeTask(ctx, drainage, closing)).rejects.toBeInstanceOf(ValidationFailure);
    expect((await db.task.get(drainage.id))?.status).toBe('in_progress');
    await completeTask(ctx, drainage, { ...closing, text: 'Đã nạo vét 24,8/24,8 km cống.' });
    expect(await db.task.get(drainage.id)).toMatchObject({ status: 'done', progress: 100 });
  });

  it('bulk reassign writes each task through the write path, so each is in history and the outbox', async () => {
    const { db, ctx, data, unit } = await demoDb();
    const noiVu = unit('Phòng Nội vụ');
    const chosen = data.task.filter((t) => t.leadUnitId === noiVu).slice(0, 3);
    expect(chosen).toHaveLength(3);
    const boDe = unit('Phường Bồ Đề');
    const result = await applyBulk(ctx, chosen, { kind: 'reassign', leadUnitId: boDe });
    expect(result).toEqual({ changed: 3, failures: [] });
    for (const t of chosen) {
      expect((await db.task.get(t.id))?.leadUnitId).toBe(boDe);
      const history = await db.history.where('[entity+recordId]').equals(['task', t.id]).toArray();
      expect(history.filter((h) => h.origin === 'local' && h.field === 'leadUnitId')).toEqual([
        expect.objectContaining({ oldValue: noiVu, newValue: boDe }),
      ]);
    }
    expect(await db.outbox.count()).toBe(3);
  });

  it('bulk deadline and done report what they changed', async () => {
    const { db, ctx, data } = await demoDb();
    const open = data.task.filter((t) => t.status !== 'done').slice(0, 2);
    const done = data.task.find((t) => t.status === 'done') as Task;
    const moved = await applyBulk(ctx, open, {
      kind: 'deadline',
      deadline: '2026-12-31',
      deadlineText: 'trong tháng 12/2026',
    });
    expect(moved.changed).toBe(2);
    const finished = await applyBulk(ctx, [...open, done], {
      kind: 'done',
      closing: { reportDate: '2026-11-22', text: 'Hoàn thành theo kế hoạch.', authorId: null },
    });
    expect(finished).toEqual({ changed: 2, failures: [] });
    for (const t of open)
      expect(await db.task.get(t.id)).toMatchObject({ status: 'done', deadline: '2026-12-31' });
  });

  it("bulk reassign keeps a unit's own task as it is, saying why, and moves the others", async () => {
    const { db, ctx, data, unit } = await demoDb();
    const boDe = unit('Phường Bồ Đề');
    const own = await createRecord(ctx, 'task', {
      ...(data.task[0] as Task),
      id: undefined,
      title: 'Rà soát hộ nghèo trên địa bàn phường',
      source: { kind: 'none' },
      leadUnitId: boDe,
      cooperatingUnitIds: [],
      spaceId: unitSpace(boDe),
    });
    const other = data.task.find((t) => t.leadUnitId !== boDe && t.source.kind !== 'none') as Task;
    const thachBan = unit('Phường Thạch Bàn');
    const result = await applyBulk(ctx, [own, other], { kind: 'reassign', leadUnitId: thachBan });
    expect(result).toEqual({
      changed: 1,
      failures: [`Rà soát hộ nghèo trên địa bàn phường: ${OWN_TASK_KEEPS_LEAD}`],
    });
    expect(await db.task.get(own.id)).toMatchObject({ leadUnitId: boDe, spaceId: unitSpace(boDe) });
    expect((await db.task.get(other.id))?.leadUnitId).toBe(thachBan);
    expect(canReassign(own)).toBe(false);
    expect(canReassign(other)).toBe(true);
  });
});
