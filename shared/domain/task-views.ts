import { addDays, parseIsoDate, type IsoDate } from '../text/calendar-date.ts';
import { effectiveTaskStatus, isTaskOverdue, type EffectiveTaskStatus } from './task-status.ts';
import type { Task, TaskSource } from './task.ts';

/**
 * Saved views of the task list, addressed as `#/tasks?view=<id>`: all tasks, my unit's (lead or
 * cooperating), the ones I assigned, overdue, due this week, by programme, by meeting, and the
 * registered difficult tasks (đăng ký nhiệm vụ khó).
 */
export const taskViewIds = [
  'all',
  'my-unit',
  'assigned-by-me',
  'overdue',
  'this-week',
  'by-programme',
  'by-meeting',
  'difficult',
] as const;
export type TaskViewId = (typeof taskViewIds)[number];

export function isTaskViewId(value: unknown): value is TaskViewId {
  return typeof value === 'string' && (taskViewIds as readonly string[]).includes(value);
}

/** Who looks and when: the views "của đơn vị tôi" and "tôi giao" need a person (and their unit). */
export interface TaskViewContext {
  today: IsoDate;
  personId: string | null;
  unitId: string | null;
}

/** Views that mean nothing until the user says who they are ("Tôi là"). */
export function viewNeedsMe(view: TaskViewId): boolean {
  return view === 'my-unit' || view === 'assigned-by-me';
}

/** Monday and Sunday of the week `today` is in (offices count weeks from Monday). */
export function weekOf(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const { year, month, day } = parseIsoDate(today);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  const from = addDays(today, -((weekday + 6) % 7));
  return { from, to: addDays(from, 6) };
}

/** Whether a task belongs in a saved view. */
export function inTaskView(task: Task, view: TaskViewId, ctx: TaskViewContext): boolean {
  switch (view) {
    case 'all':
      return true;
    case 'my-unit':
      return (
        ctx.unitId !== null &&
        (task.leadUnitId === ctx.unitId || task.cooperatingUnitIds.includes(ctx.unitId))
      );
    case 'assigned-by-me':
      return ctx.personId !== null && task.assignedByPersonId === ctx.personId;
    case 'overdue':
      return isTaskOverdue(task, ctx.today);
    case 'this-week': {
      if (task.deadline === null || task.status === 'done') return false;
      const week = weekOf(ctx.today);
      return task.deadline >= week.from && task.deadline <= week.to;
    }
    case 'by-programme':
      return task.source.kind === 'programme' || task.source.kind === 'plan';
    case 'by-meeting':
      return task.source.kind === 'conclusion';
    case 'difficult':
      return task.difficult;
  }
}

export type TaskSourceKind = TaskSource['kind'];

/** The filters above the list; an empty list or null means "any". */
export interface TaskFilters {
  leadUnitIds: readonly string[];
  cooperatingUnitIds: readonly string[];
  statuses: readonly EffectiveTaskStatus[];
  deadlineFrom: IsoDate | null;
  deadlineTo: IsoDate | null;
  sources: readonly TaskSourceKind[];
}

export const noTaskFilters: TaskFilters = {
  leadUnitIds: [],
  cooperatingUnitIds: [],
  statuses: [],
  deadlineFrom: null,
  deadlineTo: null,
  sources: [],
};

export function countActiveFilters(filters: TaskFilters): number {
  return (
    Number(filters.leadUnitIds.length > 0) +
    Number(filters.cooperatingUnitIds.length > 0) +
    Number(filters.statuses.length > 0) +
    Number(filters.deadlineFrom !== null || filters.deadlineTo !== null) +
    Number(filters.sources.length > 0)
  );
}

/** Whether a task passes the filters on `today`; a deadline range leaves out tasks without a deadline. */
export function matchesTaskFilters(task: Task, filters: TaskFilters, today: IsoDate): boolean {
  if (filters.leadUnitIds.length > 0 && !filters.leadUnitIds.includes(task.leadUnitId)) return false;
  if (
    filters.cooperatingUnitIds.length > 0 &&
    !task.cooperatingUnitIds.some((id) => filters.cooperatingUnitIds.includes(id))
  )
    return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(effectiveTaskStatus(task, today)))
    return false;
  if (filters.deadlineFrom !== null || filters.deadlineTo !== null) {
    if (task.deadline === null) return false;
    if (filters.deadlineFrom !== null && task.deadline < filters.deadlineFrom) return false;
    if (filters.deadlineTo !== null && task.deadline > filters.deadlineTo) return false;
  }
  return filters.sources.length === 0 || filters.sources.includes(task.source.kind);
}

export type DeadlineOrder = 'asc' | 'desc';

/** By deadline (tasks without one last, whichever the order), then by title for a stable order. */
export function sortByDeadline<T extends Pick<Task, 'deadline' | 'title'>>(
  tasks: readonly T[],
  order: DeadlineOrder = 'asc',
): T[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...tasks].sort((a, b) => {
    if (a.deadline !== b.deadline) {
      if (a.deadline === null) return 1;
      if (b.deadline === null) return -1;
      return sign * (a.deadline < b.deadline ? -1 : 1);
    }
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
}
