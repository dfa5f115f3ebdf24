import {
  addDays,
  daysInMonth,
  parseIsoDate,
  toIsoDate,
  type IsoDate,
} from '../../../shared/text/calendar-date.ts';
import { todayInHoChiMinh } from '../../../shared/text/ho-chi-minh-time.ts';

/** 0 = Monday … 6 = Sunday: Vietnamese calendars start the week on Monday (Thứ Hai). */
export function weekdayIndex(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The seven days (Monday to Sunday) of the week that holds `date`. */
export function weekOf(date: IsoDate): IsoDate[] {
  const monday = addDays(date, -weekdayIndex(date));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks (Monday first) that cover the month of `date`, days of the months around included. */
export function monthGrid(date: IsoDate): IsoDate[][] {
  const { year, month } = parseIsoDate(date);
  const first = toIsoDate(year, month, 1);
  const last = toIsoDate(year, month, daysInMonth(year, month));
  const weeks: IsoDate[][] = [];
  for (let monday = weekOf(first)[0] ?? first; monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekOf(monday));
  }
  return weeks;
}

/** The same day (or the month's last) `delta` months away. */
export function shiftMonth(date: IsoDate, delta: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + delta;
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return toIsoDate(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Meetings by their day on Vietnam's calendar, each day in start order. */
export function meetingsByDay<T extends { startsAt: number }>(meetings: readonly T[]): Map<IsoDate, T[]> {
  const days = new Map<IsoDate, T[]>();
  for (const meeting of [...meetings].sort((a, b) => a.startsAt - b.startsAt)) {
    const day = todayInHoChiMinh(meeting.startsAt);
    days.set(day, [...(days.get(day) ?? []), meeting]);
  }
  return days;
}
