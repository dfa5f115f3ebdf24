import { useEffect, useState } from 'react';
import {
  defaultReminderSettings,
  reminderText,
  scheduleReminders,
  type ReminderLog,
  type ReminderSettings,
} from '../../../shared/domain/task-reminders.ts';
import type { Task } from '../../../shared/domain/task.ts';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { useApi } from '../platform/api-context.tsx';

const SETTINGS_KEY = 'task-reminders.settings';
const LOG_KEY = 'task-reminders.log';
const TITLE = 'Nhắc hạn nhiệm vụ';

function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : { ...fallback, ...(JSON.parse(raw) as T) };
  } catch {
    return fallback;
  }
}

/** Reminder settings of this machine (on/off, days ahead), kept in the page's storage. */
export function useReminderSettings(): [ReminderSettings, (next: ReminderSettings) => void] {
  const [settings, setSettings] = useState(() => readJson(SETTINGS_KEY, defaultReminderSettings));
  const save = (next: ReminderSettings) => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(next));
    setSettings(next);
    if (next.enabled && typeof Notification !== 'undefined' && Notification.permission === 'default')
      void Notification.requestPermission();
  };
  return [settings, save];
}

/**
 * Runs the reminder schedule whenever the tasks or the day change: main raises the desktop
 * notification (Electron); in the web host the page uses the browser's Notification API. The log of
 * what was reminded today is kept, so a task is reminded at most once a day, across reloads.
 */
export function useTaskReminders(
  tasks: readonly Task[] | undefined,
  today: IsoDate,
  settings: ReminderSettings,
) {
  const api = useApi();
  useEffect(() => {
    if (!tasks) return;
    const log = readJson<ReminderLog>(LOG_KEY, {});
    const { reminders, log: next } = scheduleReminders({ tasks, today, settings, log });
    localStorage.setItem(LOG_KEY, JSON.stringify(next));
    if (reminders.length === 0) return;
    const items = reminders.map((reminder) => ({ taskId: reminder.taskId, text: reminderText(reminder) }));
    void api.invoke('reminders.notify', { title: TITLE, items }).then((result) => {
      if (result.ok && result.value.shownByMain) return;
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
      new Notification(TITLE, { body: items.map((item) => item.text).join('\n'), tag: `reminders-${today}` });
    });
  }, [api, tasks, today, settings]);
}
