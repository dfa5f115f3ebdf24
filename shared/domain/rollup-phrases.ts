import { indicatorStatuses } from './indicator.ts';
import type { IndicatorStatus } from './indicator.ts';
import type { ProgrammeRollup, RollupGroup, StatusCounts } from './programme-rollup.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';

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
}

/** "24 đạt, 8 đang thực hiện": the non-zero counts in the order vượt, đạt, dự kiến đạt, …, chưa đạt. */
export function formatStatusCounts(counts: StatusCounts, options: StatusCountsOptions = {}): string {
  const merged: StatusCounts = options.mergeExceeded
    ? { ...counts, exceeded: 0, achieved: counts.exceeded + counts.achieved }
    : counts;
  const over = options.total === undefined ? '' : `/${options.total}`;
  return indicatorStatuses
    .filter((status) => merged[status] > 0)
    .map((status) => `${merged[status]}${over} ${indicatorStatusWords[status]}`)
    .join(', ');
}

/** "18/19 chỉ tiêu đạt và dự kiến đạt". */
export function formatAchievedOrExpected(rollup: RollupGroup): string {
  return `${rollup.achievedOrExpected}/${rollup.total} chỉ tiêu đạt và dự kiến đạt`;
}

/** "8/14 chỉ tiêu đạt" (vượt counted in), with the congress subset when it has any: "…, trong đó 1 chỉ tiêu Nghị quyết Đại hội". */
export function formatAchieved(rollup: ProgrammeRollup): string {
  const head = `${rollup.achieved}/${rollup.total} chỉ tiêu đạt`;
  return rollup.congress.achieved > 0
    ? `${head}, trong đó ${rollup.congress.achieved} chỉ tiêu Nghị quyết Đại hội`
    : head;
}

/** "6 chỉ tiêu thuộc Nghị quyết Đại hội: 3 đạt, 3 đang thực hiện". */
export function formatCongressSummary(rollup: ProgrammeRollup, options: StatusCountsOptions = {}): string {
  const { congress } = rollup;
  if (congress.total === 0) return 'Không có chỉ tiêu thuộc Nghị quyết Đại hội';
  return `${congress.total} chỉ tiêu thuộc Nghị quyết Đại hội: ${formatStatusCounts(congress.counts, options)}`;
}

/** "19 chỉ tiêu (3 thuộc Nghị quyết Đại hội): 18/19 chỉ tiêu đạt và dự kiến đạt". */
export function formatRollupSummary(rollup: ProgrammeRollup): string {
  const congress = rollup.congress.total > 0 ? ` (${rollup.congress.total} thuộc Nghị quyết Đại hội)` : '';
  return `${rollup.total} chỉ tiêu${congress}: ${formatAchievedOrExpected(rollup)}`;
}
