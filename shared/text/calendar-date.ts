/** A calendar date 'YYYY-MM-DD' (no time, no zone). Compare them as strings. */
export type IsoDate = string;

export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Whether `value` is 'YYYY-MM-DD' and a real day of the calendar ('2022-02-30' is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  return match !== null && isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Year, month (1–12) and day of an ISO date; throws RangeError on anything else. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date 'YYYY-MM-DD': ${JSON.stringify(date)}.`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** 'YYYY-MM-DD' of a day; throws RangeError when the day does not exist. */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidParts(year, month, day)) throw new RangeError(`No such day: ${day}/${month}/${year}.`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of a month: endOfMonth(2022, 2) → '2022-02-28'. */
export function endOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, daysInMonth(year, month));
}

/** The last day of a quarter (1–4): endOfQuarter(2022, 1) → '2022-03-31'. */
export function endOfQuarter(year: number, quarter: number): IsoDate {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    throw new RangeError(`No quarter ${quarter}.`);
  return endOfMonth(year, quarter * 3);
}

function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

function fromDayNumber(days: number): IsoDate {
  const utc = new Date(days * MS_PER_DAY);
  return toIsoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The date `days` days after (or before, if negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only, got ${days}.`);
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
