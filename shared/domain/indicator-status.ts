import type { IsoDate } from '../text/calendar-date.ts';
import type { IndicatorPeriod, IndicatorStatus, Period } from './indicator.ts';
import { compareToTarget, percentAchieved } from './percent-achieved.ts';
import type { IndicatorMeasure, MeasureOptions, TargetStanding } from './percent-achieved.ts';
import { comparePeriods, periodEnd, periodTime } from './period.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';

/** Nhãn đánh giá chỉ tiêu. */
export const indicatorStatusLabels: Readonly<Record<IndicatorStatus, string>> = group(
  labelsVi,
  'indicatorStatus.',
);

/** The same in English. */
export const indicatorStatusLabelsEn: Readonly<Record<IndicatorStatus, string>> = group(
  labelsEn,
  'indicatorStatus.',
);

export type PeriodFigures = Pick<IndicatorPeriod, 'period' | 'planned' | 'result' | 'statusOverride'>;

export interface IndicatorStatusInput extends MeasureOptions {
  indicator: IndicatorMeasure;
  /** The indicator's figures per period, in any order. */
  periods: readonly PeriodFigures[];
  /** The programme's term in years, e.g. { start: 2020, end: 2025 }; the baseline is the start year's. */
  term: { start: number; end: number };
  /** Today, 'YYYY-MM-DD': decides whether the term, or a period, is over. */
  asOf: IsoDate;
  /**
   * 'term' (default): the latest result against the term target, with "dự kiến đạt" by projection.
   * 'period': the latest result against that period's planned value ("vượt kế hoạch giao" of a year).
   */
  basis?: 'term' | 'period';
}

export interface IndicatorAssessment {
  status: IndicatorStatus;
  /** Percent achieved against the target used (unrounded), null when it cannot be computed. */
  percent: number | null;
  /** The period whose figures were judged, null when no period has a result. */
  period: Period | null;
  /** Set by hand (statusOverride), with its reason. */
  overridden: boolean;
  reason: string | null;
  /** The value projected for the end of the term, when a projection was made. */
  projected: number | null;
}

function latestFigures(periods: readonly PeriodFigures[]): PeriodFigures | null {
  const judged = periods.filter((p) => p.result !== null || p.statusOverride !== null);
  return [...judged].sort((a, b) => comparePeriods(a.period, b.period)).at(-1) ?? null;
}

/**
 * Linear projection to the end of the term through the baseline (at the term's start year) or the
 * earliest result, and the latest result. Null with fewer than two points in time.
 */
export function projectToTermEnd(
  input: Pick<IndicatorStatusInput, 'indicator' | 'periods' | 'term'>,
): number | null {
  const points = input.periods
    .filter((p): p is PeriodFigures & { result: number } => p.result !== null)
    .map((p) => ({ t: periodTime(p.period), v: p.result }))
    .sort((a, b) => a.t - b.t);
  const { baseline } = input.indicator;
  const first = baseline !== null ? { t: input.term.start, v: baseline } : points[0];
  const last = points.at(-1);
  if (!first || !last || last.t <= first.t) return null;
  return first.v + ((last.v - first.v) * (input.term.end - first.t)) / (last.t - first.t);
}

/** Every period so far with both a plan and a result met its plan (and there is at least one). */
function onPlanSoFar(input: IndicatorStatusInput): boolean {
  const planned = input.periods.filter((p) => p.planned !== null && p.result !== null);
  return (
    planned.length > 0 &&
    planned.every(
      (p) => compareToTarget(input.indicator.direction, p.result ?? 0, p.planned, input) !== 'short',
    )
  );
}

const base = (figures: PeriodFigures | null): IndicatorAssessment => ({
  status: 'in_progress',
  percent: null,
  period: figures?.period ?? null,
  overridden: false,
  reason: null,
  projected: null,
});

function standingStatus(standing: TargetStanding, over: boolean): IndicatorStatus {
  if (standing === 'beyond') return 'exceeded';
  if (standing === 'met') return 'achieved';
  return over ? 'not_achieved' : 'in_progress';
}

function assessPeriod(
  input: IndicatorStatusInput,
  latest: PeriodFigures,
  result: number,
): IndicatorAssessment {
  const target = latest.planned ?? input.indicator.termTarget;
  const percent = percentAchieved(input.indicator, result, target, input);
  const standing = compareToTarget(input.indicator.direction, result, target, input);
  const over = input.asOf > periodEnd(latest.period);
  return { ...base(latest), status: standingStatus(standing, over), percent };
}

function assessTerm(input: IndicatorStatusInput, latest: PeriodFigures, result: number): IndicatorAssessment {
  const { indicator, term } = input;
  const percent = percentAchieved(indicator, result, indicator.termTarget, input);
  const standing = compareToTarget(indicator.direction, result, indicator.termTarget, input);
  const termOver =
    input.asOf > `${term.end}-12-31` || (latest.period.kind === 'year' && latest.period.year >= term.end);
  if (standing !== 'short' || termOver) {
    return { ...base(latest), status: standingStatus(standing, termOver), percent };
  }
  const projected = indicator.direction === 'boolean' ? null : projectToTermEnd(input);
  const projectionReaches =
    projected !== null &&
    compareToTarget(indicator.direction, projected, indicator.termTarget, input) !== 'short';
  const status = projectionReaches || onPlanSoFar(input) ? 'expected' : 'in_progress';
  return { ...base(latest), status, percent, projected };
}

/**
 * Đánh giá chỉ tiêu: vượt / đạt / dự kiến đạt / đang thực hiện / chưa đạt, judged on the latest period
 * that has a result. A status set by hand on that period wins and carries its reason. "Chưa đạt" is
 * only said once the term (or, on the 'period' basis, the period) is over; before that, a result short of
 * the target is "dự kiến đạt" when the linear projection to the term's end reaches the target or every
 * yearly plan so far was met, else "đang thực hiện". An indicator without a term target is judged
 * against the latest period's plan.
 */
export function indicatorStatus(input: IndicatorStatusInput): IndicatorAssessment {
  const latest = latestFigures(input.periods);
  if (latest?.statusOverride) {
    const { termTarget } = input.indicator;
    const target = input.basis === 'period' ? (latest.planned ?? termTarget) : termTarget;
    const percent = percentAchieved(input.indicator, latest.result, target, input);
    const { status, reason } = latest.statusOverride;
    return { ...base(latest), status, reason, overridden: true, percent };
  }
  if (latest === null || latest.result === null) {
    const termOver = input.asOf > `${input.term.end}-12-31`;
    return { ...base(latest), status: termOver ? 'not_achieved' : 'in_progress' };
  }
  const usePeriod =
    input.basis === 'period' ||
    (input.indicator.termTarget === null && input.indicator.direction !== 'boolean');
  return usePeriod ? assessPeriod(input, latest, latest.result) : assessTerm(input, latest, latest.result);
}
