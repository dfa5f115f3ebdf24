import type { Locale } from '../i18n/locale.ts';
import type { IsoDate } from '../text/calendar-date.ts';
import type { Period, PeriodKind } from './indicator.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';
import { domainText } from '../i18n/domain.ts';

const KIND_RANK: Record<PeriodKind, number> = { h1: 1, q3: 2, year: 3 };
const KIND_END: Record<PeriodKind, string> = { h1: '06-30', q3: '09-30', year: '12-31' };
const KIND_OFFSET: Record<PeriodKind, number> = { h1: -0.5, q3: -0.25, year: 0 };

/** Tên kỳ — "6 tháng đầu năm", "9 tháng", "cả năm". */
export const periodKindLabels: Readonly<Record<PeriodKind, string>> = group(labelsVi, 'periodKind.');

/** The same in English. */
export const periodKindLabelsEn: Readonly<Record<PeriodKind, string>> = group(labelsEn, 'periodKind.');

/** Chronological order of periods: 6 months, 9 months, then the whole year. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** The last day a period covers: 30/6, 30/9 or 31/12 of its year. */
export function periodEnd(period: Period): IsoDate {
  return `${String(period.year).padStart(4, '0')}-${KIND_END[period.kind]}`;
}

/** The period's end as a year fraction (2022 h1 → 2021.5), with year Y ending at Y. */
export function periodTime(period: Period): number {
  return period.year + KIND_OFFSET[period.kind];
}

/** "6 tháng đầu năm 2022", "năm 2021". */
export function formatPeriodIn(period: Period, locale: Locale): string {
  return domainText(locale, `period.${period.kind}`, { year: period.year });
}

/** The same in Vietnamese. */
export function formatPeriodVi(period: Period): string {
  return formatPeriodIn(period, 'vi');
}
