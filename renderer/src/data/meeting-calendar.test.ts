import { describe, expect, it } from 'vitest';
import { hoChiMinhTimestamp } from '../../../shared/text/ho-chi-minh-time.ts';
import { meetingsByDay, monthGrid, shiftMonth, weekdayIndex, weekOf } from './meeting-calendar.ts';

describe('meeting calendar', () => {
  it('starts weeks on Monday', () => {
    expect(weekdayIndex('2021-12-14')).toBe(1); // Thứ Ba
    expect(weekOf('2021-12-14')).toEqual([
      '2021-12-13',
      '2021-12-14',
      '2021-12-15',
      '2021-12-16',
      '2021-12-17',
      '2021-12-18',
      '2021-12-19',
    ]);
  });

  it('covers the whole month with full weeks', () => {
    const grid = monthGrid('2021-12-14');
    expect(grid[0]?.[0]).toBe('2021-11-29');
    expect(grid.at(-1)?.at(-1)).toBe('2022-01-02');
    expect(grid).toHaveLength(5);
    expect(monthGrid('2021-02-10')).toHaveLength(4); // February 2021 starts on a Monday
  });

  it('moves by months, keeping the day where it can', () => {
    expect(shiftMonth('2021-12-14', 1)).toBe('2022-01-14');
    expect(shiftMonth('2022-01-31', 1)).toBe('2022-02-28');
    expect(shiftMonth('2022-01-15', -13)).toBe('2020-12-15');
  });

  it('puts a meeting on its day in Vietnam, even early in the morning', () => {
    const early = { startsAt: hoChiMinhTimestamp('2021-12-14', '06:30'), title: 'Giao ban' };
    const plenum = { startsAt: hoChiMinhTimestamp('2021-12-14', '08:00'), title: 'Hội nghị lần thứ 9' };
    const days = meetingsByDay([plenum, early]);
    expect(days.get('2021-12-14')?.map((m) => m.title)).toEqual(['Giao ban', 'Hội nghị lần thứ 9']);
    expect(days.has('2021-12-13')).toBe(false);
  });
});
