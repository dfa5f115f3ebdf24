import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfMonth,
  endOfQuarter,
  isIsoDate,
  parseIsoDate,
  toIsoDate,
} from './calendar-date.ts';
import { formatDateTimeVi, formatDateVi, formatLongDateVi, formatTimeVi } from './date-format.ts';
import { hoChiMinhTimestamp, todayInHoChiMinh } from './ho-chi-minh-time.ts';

describe('calendar dates', () => {
  it('knows real days from impossible ones', () => {
    expect(isIsoDate('2022-01-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2022-02-29')).toBe(false);
    expect(isIsoDate('2022-02-30')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2022-13-01')).toBe(false);
    expect(isIsoDate('2022-1-5')).toBe(false);
    expect(isIsoDate(20220105)).toBe(false);
    expect(() => parseIsoDate('2022-04-31')).toThrow(RangeError);
    expect(() => toIsoDate(2022, 2, 30)).toThrow(RangeError);
  });

  it('finds the end of months and quarters', () => {
    expect(endOfMonth(2022, 1)).toBe('2022-01-31');
    expect(endOfMonth(2022, 2)).toBe('2022-02-28');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 6)).toBe('2023-06-30');
    expect(endOfQuarter(2022, 1)).toBe('2022-03-31');
    expect(endOfQuarter(2022, 4)).toBe('2022-12-31');
    expect(() => endOfQuarter(2022, 5)).toThrow(RangeError);
  });

  it('adds and counts days', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2022-01-01', '2022-12-31')).toBe(364);
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        expect(daysBetween('2000-01-01', addDays('2000-01-01', n))).toBe(n);
      }),
    );
  });
});

describe('Vietnam time', () => {
  it('turns an instant into the calendar date in UTC+7', () => {
    expect(todayInHoChiMinh(Date.UTC(2021, 11, 13, 16, 59, 59))).toBe('2021-12-13');
    expect(todayInHoChiMinh(Date.UTC(2021, 11, 13, 17, 0, 0))).toBe('2021-12-14');
    expect(todayInHoChiMinh(Date.UTC(2022, 11, 31, 17))).toBe('2023-01-01');
  });

  it('finds the instant of a local date and time, and back', () => {
    const start = hoChiMinhTimestamp('2021-12-14', '08:00');
    expect(start).toBe(Date.UTC(2021, 11, 14, 1, 0));
    expect(formatTimeVi(start)).toBe('08:00');
    expect(formatDateTimeVi(start)).toBe('08:00, 14/12/2021');
    expect(() => hoChiMinhTimestamp('2021-12-14', '24:00')).toThrow(RangeError);
    expect(() => hoChiMinhTimestamp('2021-02-30')).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), (ms) => {
        const date = todayInHoChiMinh(ms);
        const midnight = hoChiMinhTimestamp(date);
        expect(ms - midnight).toBeGreaterThanOrEqual(0);
        expect(ms - midnight).toBeLessThan(86_400_000);
      }),
    );
  });
});

describe('formatDateVi and formatLongDateVi', () => {
  it('write two-digit days and months', () => {
    expect(formatDateVi('2022-01-05')).toBe('05/01/2022');
    expect(formatDateVi('2021-12-14')).toBe('14/12/2021');
    expect(formatDateVi(new Date(Date.UTC(2022, 0, 4, 18)))).toBe('05/01/2022');
    expect(formatDateVi(Date.UTC(2022, 0, 4, 18))).toBe('05/01/2022');
    expect(() => formatDateVi('2022-02-30')).toThrow(RangeError);
  });

  it('pad days under 10 and months 1–2 only, as Hướng dẫn 36-HD/VPTW asks', () => {
    expect(formatLongDateVi('2022-01-05')).toBe('ngày 05 tháng 01 năm 2022');
    expect(formatLongDateVi('2021-12-14')).toBe('ngày 14 tháng 12 năm 2021');
    expect(formatLongDateVi('2022-02-28')).toBe('ngày 28 tháng 02 năm 2022');
    expect(formatLongDateVi('2022-03-09')).toBe('ngày 09 tháng 3 năm 2022');
    expect(formatLongDateVi('2023-10-05')).toBe('ngày 05 tháng 10 năm 2023');
  });
});
