import type { Locale } from '../i18n/locale.ts';
import { indicatorStatuses } from './indicator.ts';
import type { IndicatorStatus } from './indicator.ts';
import type { ProgrammeRollup, RollupGroup, StatusCounts } from './programme-rollup.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';
import { domainText } from '../i18n/domain.ts';

/** The status words as they read inside a sentence ("24 đạt, 8 đang thực hiện"). */
export const indicatorStatusWords: Readonly<Record<IndicatorStatus, string>> = group(labelsVi, 'statusWord.');

/** The same in English ("24 achieved, 8 in progress"). */
export const indicatorStatusWordsEn: Readonly<Record<IndicatorStatus, string>> = group(
  labelsEn,
  'statusWord.',
);

export interface StatusCountsOptions {
  /** Write each count over this total: "5/16 vượt, 11/16 đạt". */
  total?: number;
  /** Count "vượt" inside "đạt", as reports that say "hoàn thành 24 chỉ tiêu" do. */
  mergeExceeded?: boolean;
  /** The language of the words; Vietnamese unless told. */
  locale?: Locale;
}

/** "24 đạt, 8 đang thực hiện": the non-zero counts in the order vượt, đạt, dự kiến đạt, …, chưa đạt. */
export function formatStatusCounts(counts: StatusCounts, options: StatusCountsOptions = {}): string {
  const merged: StatusCounts = options.mergeExceeded
    ? { ...counts, exceeded: 0, achieved: counts.exceeded + counts.achieved }
    : counts;
  const over = options.total === undefined ? '' : `/${options.total}`;
  const words = options.locale === 'en' ? indicatorStatusWordsEn : indicatorStatusWords;
  return indicatorStatuses
    .filter((status) => merged[status] > 0)
    .map((status) => `${merged[status]}${over} ${words[status]}`)
    .join(', ');
}

/** "18/19 chỉ tiêu đạt và dự kiến đạt". */
export function formatAchievedOrExpectedIn(rollup: RollupGroup, locale: Locale): string {
  return domainText(locale, 'rollup.achievedOrExpected', {
    count: rollup.achievedOrExpected,
    total: rollup.total,
  });
}

/** The same in Vietnamese. */
export function formatAchievedOrExpected(rollup: RollupGroup): string {
  return formatAchievedOrExpectedIn(rollup, 'vi');
}

/** "8/14 chỉ tiêu đạt" (vượt counted in), with the congress subset when it has any: "…, trong đó 1 chỉ tiêu Nghị quyết Đại hội". */
export function formatAchievedIn(rollup: ProgrammeRollup, locale: Locale): string {
  const params = { count: rollup.achieved, total: rollup.total, congress: rollup.congress.achieved };
  return domainText(
    locale,
    rollup.congress.achieved > 0 ? 'rollup.achievedWithCongress' : 'rollup.achieved',
    params,
  );
}

/** The same in Vietnamese. */
export function formatAchieved(rollup: ProgrammeRollup): string {
  return formatAchievedIn(rollup, 'vi');
}

/** "6 chỉ tiêu thuộc Nghị quyết Đại hội: 3 đạt, 3 đang thực hiện". */
export function formatCongressSummary(rollup: ProgrammeRollup, options: StatusCountsOptions = {}): string {
  const { congress } = rollup;
  const locale = options.locale ?? 'vi';
  if (congress.total === 0) return domainText(locale, 'rollup.noCongress');
  const counts = formatStatusCounts(congress.counts, options);
  return domainText(locale, 'rollup.congressSummary', { total: congress.total, counts });
}

/** "19 chỉ tiêu (3 thuộc Nghị quyết Đại hội): 18/19 chỉ tiêu đạt và dự kiến đạt". */
export function formatRollupSummaryIn(rollup: ProgrammeRollup, locale: Locale): string {
  const params = {
    total: rollup.total,
    congress: rollup.congress.total,
    achieved: formatAchievedOrExpectedIn(rollup, locale),
  };
  return domainText(
    locale,
    rollup.congress.total > 0 ? 'rollup.summaryWithCongress' : 'rollup.summary',
    params,
  );
}

/** The same in Vietnamese. */
export function formatRollupSummary(rollup: ProgrammeRollup): string {
  return formatRollupSummaryIn(rollup, 'vi');
}
