import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../text/calendar-date.ts';
import { todayInHoChiMinh } from '../text/ho-chi-minh-time.ts';
import { reminderText, scheduleReminders, type ReminderSettings } from './task-reminders.ts';
import type { TaskStatus } from './task.ts';

const task = (id: string, deadline: string | null, status: TaskStatus = 'in_progress') => ({
  id,
  title: `Nhiệm vụ ${id}`,
  deadline,
  status,
});
const on: ReminderSettings = { enabled: true, daysAhead: 3 };

describe('scheduleReminders', () => {
  const tasks = [
    task('so-hoa', '2026-11-11'), // overdue 12 days
    task('tiep-dan', '2026-11-23'), // due today
    task('bo-de', '2026-11-26'), // due in 3 days
    task('thach-ban', '2026-11-27'), // 4 days: too far
    task('lop-boi-duong', '2026-11-01', 'done'),
    task('tam-dung', '2026-11-01', 'paused'),
    task('khong-han', null),
  ];

  it('reminds of open tasks due within N days or overdue, most urgent first', () => {
    const { reminders, log } = scheduleReminders({ tasks, today: '2026-11-23', settings: on, log: {} });
    expect(reminders.map((r) => [r.taskId, r.kind, r.daysLeft])).toEqual([
      ['so-hoa', 'overdue', -12],
      ['tiep-dan', 'due', 0],
      ['bo-de', 'due', 3],
    ]);
    expect(log).toEqual({ 'so-hoa': '2026-11-23', 'tiep-dan': '2026-11-23', 'bo-de': '2026-11-23' });
    expect(reminders.map(reminderText)).toEqual([
      'Quá hạn 12 ngày: Nhiệm vụ so-hoa',
      'Đến hạn hôm nay: Nhiệm vụ tiep-dan',
      'Còn 3 ngày: Nhiệm vụ bo-de',
    ]);
  });

  it('reminds at most once a day per task, and again the next day', () => {
    const first = scheduleReminders({ tasks, today: '2026-11-23', settings: on, log: {} });
    const again = scheduleReminders({ tasks, today: '2026-11-23', settings: on, log: first.log });
    expect(again.reminders).toEqual([]);
    const tomorrow = scheduleReminders({ tasks, today: '2026-11-24', settings: on, log: again.log });
    expect(tomorrow.reminders.map((r) => r.taskId)).toEqual(['so-hoa', 'tiep-dan', 'bo-de', 'thach-ban']);
    expect(Object.values(tomorrow.log).every((day) => day === '2026-11-24')).toBe(true);
  });

  it('follows the settings: off, or a different number of days', () => {
    expect(
      scheduleReminders({ tasks, today: '2026-11-23', settings: { enabled: false, daysAhead: 3 }, log: {} })
        .reminders,
    ).toEqual([]);
    const sameDay = scheduleReminders({
      tasks,
      today: '2026-11-23',
      settings: { enabled: true, daysAhead: 0 },
      log: {},
    });
    expect(sameDay.reminders.map((r) => r.taskId)).toEqual(['so-hoa', 'tiep-dan']);
  });

  it('takes the day from Vietnam’s calendar: 23:30 UTC on the 22nd is already the 23rd in Hà Nội', () => {
    const today = todayInHoChiMinh(Date.UTC(2026, 10, 22, 23, 30));
    const { reminders } = scheduleReminders({
      tasks: [task('a', '2026-11-22')],
      today,
      settings: on,
      log: {},
    });
    expect(reminders[0]).toMatchObject({ kind: 'overdue', daysLeft: -1 });
  });

  it('never reminds of the same task twice in a day, whatever the order of runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 5 }),
        (offsets, runs) => {
          const list = offsets.map((offset, i) => task(`t${i}`, addDays('2026-11-23', offset)));
          let log = {};
          const seen: string[] = [];
          for (let run = 0; run < runs; run += 1) {
            const result = scheduleReminders({ tasks: list, today: '2026-11-23', settings: on, log });
            seen.push(...result.reminders.map((r) => r.taskId));
            log = result.log;
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.length).toBe(offsets.filter((offset) => offset <= 3).length);
        },
      ),
    );
  });
});
