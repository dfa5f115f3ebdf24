import { describe, expect, it } from 'vitest';
import type { SpaceId } from '../../../shared/domain/space.ts';
import type { TaskUpdate } from '../../../shared/domain/task.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { taskReports } from './task-reports.ts';

const task = sampleRecords.task as { id: string; spaceId: string };
const report = (id: string, reportDate: string, spaceId = task.spaceId): TaskUpdate => ({
  ...(sampleRecords.taskUpdate as TaskUpdate),
  id,
  taskId: task.id,
  spaceId: spaceId as SpaceId,
  reportDate,
});

describe("a task's progress reports", () => {
  it('are those of its own space, newest first; one naming it from another programme is not its', () => {
    const elsewhere = 'programme:0190f5a0-0000-7000-8000-0000000000f2';
    const rows = [
      report('0190f5a0-0000-7000-8000-0000000000a1', '2022-03-01'),
      report('0190f5a0-0000-7000-8000-0000000000a2', '2022-05-01'),
      report('0190f5a0-0000-7000-8000-0000000000a3', '2022-06-01', elsewhere),
    ];
    expect(taskReports(rows, task).map((r) => r.reportDate)).toEqual(['2022-05-01', '2022-03-01']);
  });
});
