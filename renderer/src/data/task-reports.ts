import type { TaskUpdate } from '../../../shared/domain/task.ts';

/**
 * The progress reports of a task, newest first (by report date, then by when they were written). Only
 * reports in the task's own space count: a report naming the task from another space (the server refuses
 * those, but a copy may hold one from before) is not the task's.
 */
export function taskReports(
  rows: readonly TaskUpdate[],
  task: { id: string; spaceId: string },
): TaskUpdate[] {
  return rows
    .filter((row) => row.taskId === task.id && row.spaceId === task.spaceId)
    .sort((a, b) =>
      a.reportDate === b.reportDate ? (a.id < b.id ? 1 : -1) : a.reportDate < b.reportDate ? 1 : -1,
    );
}
