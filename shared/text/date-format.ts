import { parseIsoDate } from './calendar-date.ts';
import type { IsoDate } from './calendar-date.ts';
import { hoChiMinhParts } from './ho-chi-minh-time.ts';
import { domainText } from '../i18n/domain.ts';

/** What the date formatters take: an ISO date, or an instant (a Date or Unix ms) read in Vietnam's time. */
export type DateInput = IsoDate | Date | number;

const pad2 = (n: number) => String(n).padStart(2, '0');

function toParts(value: DateInput): { year: number; month: number; day: number } {
  if (typeof value === 'string') return parseIsoDate(value);
  return parseIsoDate(hoChiMinhParts(typeof value === 'number' ? value : value.getTime()).date);
}

/** "05/01/2022": two-digit day and month, four-digit year (DESIGN §8). */
export function formatDateVi(value: DateInput): string {
  const { year, month, day } = toParts(value);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * The date line of a Party document (Hướng dẫn 36-HD/VPTW): "ngày 05 tháng 01 năm 2022". Days under 10
 * and the months 1 and 2 take a leading zero; other months do not ("ngày 14 tháng 12", "tháng 3").
 */
export function formatLongDateVi(value: DateInput): string {
  const { year, month, day } = toParts(value);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return domainText('vi', 'date.long', { day: pad2(day), month: monthText, year });
}

/** "08:30": the Vietnamese local time of an instant (Unix ms). */
export function formatTimeVi(instant: number): string {
  const { hour, minute } = hoChiMinhParts(instant);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** "08:30, 14/12/2021": the Vietnamese local time and date of an instant (Unix ms). */
export function formatDateTimeVi(instant: number): string {
  return `${formatTimeVi(instant)}, ${formatDateVi(instant)}`;
}
