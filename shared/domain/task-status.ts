import type { IsoDate } from '../text/calendar-date.ts';
import { daysBetween } from '../text/calendar-date.ts';
import type { Task, TaskStatus } from './task.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';

/** The status shown: the stored one, or "quá hạn" computed from the deadline. */
export type EffectiveTaskStatus = TaskStatus | 'overdue';

/** Nhãn trạng thái nhiệm vụ. */
export const taskStatusLabels: Readonly<Record<EffectiveTaskStatus, string>> = group(labelsVi, 'taskStatus.');

/** The same in English. */
export const taskStatusLabelsEn: Readonly<Record<EffectiveTaskStatus, string>> = group(
  labelsEn,
  'taskStatus.',
);

type DeadlineFields = Pick<Task, 'deadline' | 'status'>;

/**
 * Quá hạn: the deadline has passed (it is before `today`, the calendar date in Vietnam — see
 * todayInHoChiMinh) and the task is neither done nor paused. A task due today is not overdue.
 */
export function isTaskOverdue(task: DeadlineFields, today: IsoDate): boolean {
  return (
    task.deadline !== null && task.deadline < today && task.status !== 'done' && task.status !== 'paused'
  );
}

/** The status to show on `today`. */
export function effectiveTaskStatus(task: DeadlineFields, today: IsoDate): EffectiveTaskStatus {
  return isTaskOverdue(task, today) ? 'overdue' : task.status;
}

/** How many days a task is overdue on `today` (0 when it is not). */
export function daysOverdue(task: DeadlineFields, today: IsoDate): number {
  return task.deadline !== null && isTaskOverdue(task, today) ? daysBetween(task.deadline, today) : 0;
}
