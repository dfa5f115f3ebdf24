import { parseIsoDate, toIsoDate } from './calendar-date.ts';
import type { IsoDate } from './calendar-date.ts';

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975): plain arithmetic, no ICU. */
export const HO_CHI_MINH_OFFSET_MS = 7 * 60 * 60 * 1000;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Local wall-clock parts in Vietnam of an instant given in Unix ms. */
export function hoChiMinhParts(now: number): {
  date: IsoDate;
  hour: number;
  minute: number;
} {
  if (!Number.isFinite(now)) throw new RangeError(`Not an instant: ${now}.`);
  const shifted = new Date(Math.floor(now) + HO_CHI_MINH_OFFSET_MS);
  return {
    date: toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The calendar date in Vietnam at the instant `now` (Unix ms). */
export function todayInHoChiMinh(now: number): IsoDate {
  return hoChiMinhParts(now).date;
}

/** The instant (Unix ms) of a Vietnamese local date and 'HH:mm' time, e.g. a meeting's start. */
export function hoChiMinhTimestamp(date: IsoDate, time = '00:00'): number {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`Not a time 'HH:mm': ${JSON.stringify(time)}.`);
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(Number(match[1]), Number(match[2]), 0, 0);
  return utc.getTime() - HO_CHI_MINH_OFFSET_MS;
}
