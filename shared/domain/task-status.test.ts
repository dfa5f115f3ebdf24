import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../text/calendar-date.ts';
import { todayInHoChiMinh } from '../text/ho-chi-minh-time.ts';
import { rollCall } from './roll-call.ts';
import type { TaskStatus } from './task.ts';
import { daysOverdue, effectiveTaskStatus, isTaskOverdue, taskStatusLabels } from './task-status.ts';

const task = (deadline: string | null, status: TaskStatus = 'in_progress') => ({ deadline, status });

describe('overdue tasks', () => {
  it('are past their deadline and neither done nor paused', () => {
    expect(isTaskOverdue(task('2022-01-31'), '2022-02-01')).toBe(true);
    expect(isTaskOverdue(task('2022-01-31', 'not_started'), '2022-02-01')).toBe(true);
    expect(isTaskOverdue(task('2022-01-31', 'done'), '2022-02-01')).toBe(false);
    expect(isTaskOverdue(task('2022-01-31', 'paused'), '2022-02-01')).toBe(false);
    expect(isTaskOverdue(task(null), '2030-01-01')).toBe(false);
  });

  it('are not overdue on the day they are due', () => {
    expect(isTaskOverdue(task('2022-01-31'), '2022-01-31')).toBe(false);
    expect(effectiveTaskStatus(task('2022-01-31'), '2022-01-31')).toBe('in_progress');
  });

  it('use the calendar day in Vietnam, not UTC', () => {
    // 31/01/2022 18:00 UTC is already 01/02/2022 01:00 in Hà Nội.
    const today = todayInHoChiMinh(Date.UTC(2022, 0, 31, 18));
    expect(effectiveTaskStatus(task('2022-01-31'), today)).toBe('overdue');
    expect(daysOverdue(task('2022-01-31'), today)).toBe(1);
    expect(daysOverdue(task('2022-01-31', 'done'), today)).toBe(0);
  });

  it('have Vietnamese labels', () => {
    expect(taskStatusLabels).toEqual({
      not_started: 'Chưa bắt đầu',
      in_progress: 'Đang thực hiện',
      done: 'Hoàn thành',
      overdue: 'Quá hạn',
      paused: 'Tạm dừng',
    });
    expect(taskStatusLabels[effectiveTaskStatus(task('2022-01-01'), '2022-03-01')]).toBe('Quá hạn');
  });

  it('overdue exactly when the deadline is before today and the task is open', () => {
    const status = fc.constantFrom<TaskStatus>('not_started', 'in_progress', 'done', 'paused');
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), status, (offset, s) => {
        const deadline = addDays('2022-06-15', offset);
        const overdue = isTaskOverdue(task(deadline, s), '2022-06-15');
        expect(overdue).toBe(offset < 0 && (s === 'not_started' || s === 'in_progress'));
        expect(daysOverdue(task(deadline, s), '2022-06-15')).toBe(overdue ? -offset : 0);
      }),
    );
  });
});

describe('rollCall', () => {
  it('counts present and online over everyone listed', () => {
    const attendees = [
      ...Array.from({ length: 43 }, () => ({ attendance: 'present' as const })),
      { attendance: 'online' as const },
      { attendance: 'online' as const },
      { attendance: 'absent' as const },
      { attendance: 'absent' as const },
      { attendance: 'absent' as const },
      { attendance: 'unknown' as const },
    ];
    expect(rollCall(attendees)).toEqual({
      present: 43,
      online: 2,
      absent: 3,
      unknown: 1,
      total: 49,
      attending: 45,
      label: 'có mặt 45/49',
    });
  });

  it('handles an empty list', () => {
    expect(rollCall([]).label).toBe('có mặt 0/0');
  });
});
