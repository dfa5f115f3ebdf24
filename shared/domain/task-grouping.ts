import type { IsoDate } from '../text/calendar-date.ts';
import { effectiveTaskStatus, type EffectiveTaskStatus } from './task-status.ts';
import type { Task } from './task.ts';

/** How the list is grouped: not at all, by lead unit, by status, by programme or by meeting. */
export const taskGroupings = ['none', 'lead-unit', 'status', 'programme', 'meeting'] as const;
export type TaskGrouping = (typeof taskGroupings)[number];

export function isTaskGrouping(value: unknown): value is TaskGrouping {
  return typeof value === 'string' && (taskGroupings as readonly string[]).includes(value);
}

/** The order statuses are listed in: what needs attention first. */
export const statusOrder: readonly EffectiveTaskStatus[] = [
  'overdue',
  'in_progress',
  'not_started',
  'paused',
  'done',
];

/** A group of the list: its key (a unit, status, programme or meeting id; '' for "none") and its tasks. */
export interface TaskGroup<T> {
  key: string;
  tasks: T[];
}

/** The key a task is grouped under; '' when it has none (a task with no programme, under "programme"). */
export function groupKey(task: Task, grouping: TaskGrouping, today: IsoDate): string {
  switch (grouping) {
    case 'none':
      return '';
    case 'lead-unit':
      return task.leadUnitId;
    case 'status':
      return effectiveTaskStatus(task, today);
    case 'programme':
      return task.source.kind === 'programme' || task.source.kind === 'plan' ? task.source.programmeId : '';
    case 'meeting':
      return task.source.kind === 'conclusion' ? task.source.meetingId : '';
  }
}

/**
 * Splits tasks (already sorted) into groups, keeping their order within each group. Groups come in the
 * order `compareKeys` gives (status groups: {@link statusOrder}); the '' group, if any, comes last.
 */
export function groupTasks<T extends Task>(
  tasks: readonly T[],
  grouping: TaskGrouping,
  today: IsoDate,
  compareKeys: (a: string, b: string) => number = () => 0,
): TaskGroup<T>[] {
  if (grouping === 'none') return [{ key: '', tasks: [...tasks] }];
  const groups = new Map<string, T[]>();
  for (const task of tasks) {
    const key = groupKey(task, grouping, today);
    const list = groups.get(key);
    if (list) list.push(task);
    else groups.set(key, [task]);
  }
  const compare =
    grouping === 'status'
      ? (a: string, b: string) =>
          statusOrder.indexOf(a as EffectiveTaskStatus) - statusOrder.indexOf(b as EffectiveTaskStatus)
      : compareKeys;
  return [...groups.entries()]
    .map(([key, list]) => ({ key, tasks: list }))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : compare(a.key, b.key)));
}
