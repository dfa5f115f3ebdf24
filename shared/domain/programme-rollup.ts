import { indicatorStatuses } from './indicator.ts';
import type { IndicatorStatus } from './indicator.ts';

export type StatusCounts = Record<IndicatorStatus, number>;

export interface RollupGroup {
  total: number;
  counts: StatusCounts;
  /** Vượt + đạt. */
  achieved: number;
  /** Vượt + đạt + dự kiến đạt: the "18/19 chỉ tiêu đạt và dự kiến đạt" figure. */
  achievedOrExpected: number;
}

/** Tổng hợp chỉ tiêu của chương trình — counts per status, for all indicators and the congress subset. */
export interface ProgrammeRollup extends RollupGroup {
  /** The indicators that belong to the Congress Resolution (thuộc Nghị quyết Đại hội). */
  congress: RollupGroup;
}

export interface RolledIndicator {
  status: IndicatorStatus;
  congressResolution: boolean;
}

function group(items: readonly RolledIndicator[]): RollupGroup {
  const counts = Object.fromEntries(indicatorStatuses.map((s) => [s, 0])) as StatusCounts;
  for (const item of items) counts[item.status] += 1;
  const achieved = counts.exceeded + counts.achieved;
  return { total: items.length, counts, achieved, achievedOrExpected: achieved + counts.expected };
}

/** Counts the statuses of a programme's indicators (each assessed with indicatorStatus). */
export function programmeRollup(indicators: readonly RolledIndicator[]): ProgrammeRollup {
  return { ...group(indicators), congress: group(indicators.filter((i) => i.congressResolution)) };
}
