import type { Locale } from '../i18n/locale.ts';
import { addDays, type IsoDate } from '../text/calendar-date.ts';
import { isTaskOverdue } from './task-status.ts';
import type { Task } from './task.ts';
import { domainText } from '../i18n/domain.ts';

/** Nhắc hạn: whether to remind at all, and how many days ahead of a deadline. */
export interface ReminderSettings {
  enabled: boolean;
  /** Remind of tasks due within this many days (0: only on the day itself), and of overdue tasks. */
  daysAhead: number;
}

export const defaultReminderSettings: ReminderSettings = { enabled: true, daysAhead: 3 };

/** One reminder to raise: a task due soon or overdue, with how many days remain (negative: overdue). */
export interface Reminder {
  taskId: string;
  title: string;
  deadline: IsoDate;
  kind: 'due' | 'overdue';
  daysLeft: number;
}

/** Task id → the Vietnamese calendar day it was last reminded of. */
export type ReminderLog = Readonly<Record<string, IsoDate>>;

type ReminderTask = Pick<Task, 'id' | 'title' | 'deadline' | 'status'>;

function daysFrom(today: IsoDate, deadline: IsoDate): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * The reminders due on `today` (Vietnam's calendar): open tasks due within `daysAhead` days or already
 * overdue, each at most once a day (the log says which were reminded today). Returns the reminders,
 * most urgent first, and the log to keep — entries older than today are dropped, so it stays small.
 */
export function scheduleReminders(options: {
  tasks: readonly ReminderTask[];
  today: IsoDate;
  settings: ReminderSettings;
  log: ReminderLog;
}): { reminders: Reminder[]; log: Record<string, IsoDate> } {
  const { today, settings } = options;
  const log: Record<string, IsoDate> = {};
  for (const [id, day] of Object.entries(options.log)) if (day === today) log[id] = day;
  if (!settings.enabled) return { reminders: [], log };
  const horizon = addDays(today, Math.max(0, Math.floor(settings.daysAhead)));
  const reminders: Reminder[] = [];
  for (const task of options.tasks) {
    if (task.deadline === null || task.status === 'done' || task.status === 'paused') continue;
    if (log[task.id] === today) continue;
    const overdue = isTaskOverdue(task, today);
    if (!overdue && task.deadline > horizon) continue;
    reminders.push({
      taskId: task.id,
      title: task.title,
      deadline: task.deadline,
      kind: overdue ? 'overdue' : 'due',
      daysLeft: daysFrom(today, task.deadline),
    });
    log[task.id] = today;
  }
  reminders.sort((a, b) => a.daysLeft - b.daysLeft || (a.title < b.title ? -1 : 1));
  return { reminders, log };
}

/** The notification's Vietnamese text: "Quá hạn 3 ngày", "Đến hạn hôm nay", "Còn 2 ngày". */
export function reminderTextIn(reminder: Reminder, locale: Locale): string {
  const { title, daysLeft } = reminder;
  if (daysLeft < 0) return domainText(locale, 'reminder.overdue', { days: -daysLeft, title });
  if (daysLeft === 0) return domainText(locale, 'reminder.dueToday', { title });
  return domainText(locale, 'reminder.daysLeft', { days: daysLeft, title });
}

/** The same in Vietnamese. */
export function reminderText(reminder: Reminder): string {
  return reminderTextIn(reminder, 'vi');
}
