import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi } from '../text/number-format.ts';
import type { IndicatorStatus } from './indicator.ts';
import { indicatorStatus } from './indicator-status.ts';
import type { IndicatorStatusInput, PeriodFigures } from './indicator-status.ts';
import type { IndicatorMeasure } from './percent-achieved.ts';
import { programmeRollup } from './programme-rollup.ts';
import type { RolledIndicator } from './programme-rollup.ts';
import {
  formatAchieved,
  formatAchievedOrExpected,
  formatCongressSummary,
  formatRollupSummary,
  formatStatusCounts,
} from './rollup-phrases.ts';

/** The seeds' mid-term report (Báo Hànộimới, 18/04/2023) on the Long Biên programmes, term 2020–2025. */
const TERM = { start: 2020, end: 2025 };
const MIDTERM = '2023-04-18';

const year = (y: number, result: number, planned: number | null = null): PeriodFigures => ({
  period: { year: y, kind: 'year' },
  planned,
  result,
  statusOverride: null,
});

const rise = (termTarget: number | null, baseline: number | null): IndicatorMeasure => ({
  direction: 'increase',
  baseline,
  termTarget,
});

/** Figures that make an indicator come out with each status on the term basis at mid-term. */
const termCases: Record<
  Exclude<IndicatorStatus, 'not_achieved'>,
  Omit<IndicatorStatusInput, 'term' | 'asOf'>
> = {
  // "Năm học 2021-2022 đạt 82,3%": above the target.
  exceeded: { indicator: rise(80, 75), periods: [year(2021, 79), year(2022, 82.3)] },
  // "Tỷ lệ Tổ dân phố văn hóa hằng năm đạt 90,28%": held at the target.
  achieved: { indicator: rise(90.28, 88), periods: [year(2022, 90.28)] },
  // "10 vườn hoa với tổng diện tích 9,25ha, đạt 88,94% chỉ tiêu": on course for the term.
  expected: { indicator: rise(10.4, 0), periods: [year(2022, 9.25)] },
  // Short of the target and not on course yet.
  in_progress: { indicator: rise(90, 50), periods: [year(2022, 55)] },
};

interface Spec {
  status: Exclude<IndicatorStatus, 'not_achieved'>;
  count: number;
  congress: number;
}

/** Builds a programme's indicators from status counts, then judges each one with indicatorStatus. */
function programme(specs: Spec[]): RolledIndicator[] {
  return specs.flatMap(({ status, count, congress }) =>
    Array.from({ length: count }, (_, i) => {
      const judged = indicatorStatus({ ...termCases[status], term: TERM, asOf: MIDTERM });
      return { status: judged.status, congressResolution: i < congress };
    }),
  );
}

describe('programme roll-ups from the seeds', () => {
  it('01-CTr/QU: 19 indicators, 3 in the Congress Resolution, 18/19 achieved or expected', () => {
    const rollup = programmeRollup(
      programme([
        { status: 'exceeded', count: 5, congress: 1 },
        { status: 'achieved', count: 8, congress: 1 },
        { status: 'expected', count: 5, congress: 1 },
        { status: 'in_progress', count: 1, congress: 0 },
      ]),
    );
    expect(rollup.total).toBe(19);
    expect(rollup.congress.total).toBe(3);
    expect(formatAchievedOrExpected(rollup)).toBe('18/19 chỉ tiêu đạt và dự kiến đạt');
    expect(formatRollupSummary(rollup)).toBe(
      '19 chỉ tiêu (3 thuộc Nghị quyết Đại hội): 18/19 chỉ tiêu đạt và dự kiến đạt',
    );
  });

  it('02-CTr/QU: 32 indicators, 24 achieved and 8 in progress; of its 6 congress ones 3 and 3', () => {
    const rollup = programmeRollup(
      programme([
        { status: 'exceeded', count: 4, congress: 1 },
        { status: 'achieved', count: 20, congress: 2 },
        { status: 'in_progress', count: 8, congress: 3 },
      ]),
    );
    expect(rollup.total).toBe(32);
    expect(rollup.achieved).toBe(24);
    expect(rollup.counts.in_progress).toBe(8);
    expect(formatStatusCounts(rollup.counts, { mergeExceeded: true })).toBe('24 đạt, 8 đang thực hiện');
    expect(formatStatusCounts(rollup.counts)).toBe('4 vượt, 20 đạt, 8 đang thực hiện');
    expect(formatCongressSummary(rollup, { mergeExceeded: true })).toBe(
      '6 chỉ tiêu thuộc Nghị quyết Đại hội: 3 đạt, 3 đang thực hiện',
    );
  });

  it('03-CTr/QU: 14 indicators, 8 achieved on the yearly plan, 1 of them a congress one', () => {
    const onPlan = (planned: number, result: number, congressResolution = false) => ({
      congressResolution,
      status: indicatorStatus({
        indicator: rise(null, null),
        periods: [year(2022, result, planned)],
        term: TERM,
        asOf: MIDTERM,
        basis: 'period',
      }).status,
    });
    const indicators = [
      onPlan(100, 100, true),
      ...Array.from({ length: 7 }, () => onPlan(46, 46)),
      ...Array.from({ length: 6 }, () => onPlan(100, 90)),
    ];
    const rollup = programmeRollup(indicators);
    expect(rollup.total).toBe(14);
    expect(formatAchieved(rollup)).toBe('8/14 chỉ tiêu đạt, trong đó 1 chỉ tiêu Nghị quyết Đại hội');
    expect(formatStatusCounts(rollup.counts)).toBe('8 đạt, 6 chưa đạt');
  });

  it('the garden indicator of 03-CTr/QU reads "9,25ha, đạt 88,94%"', () => {
    const gardens = indicatorStatus({ ...termCases.expected, term: TERM, asOf: MIDTERM });
    expect(`${formatNumberVi(9.25)}ha, đạt ${formatPercentVi(gardens.percent ?? 0)}`).toBe(
      '9,25ha, đạt 88,94%',
    );
  });

  it('2021 socio-economic plan: 16/16 met, 5/16 exceeded, 11/16 achieved; budget revenue 101,53%', () => {
    const judged = (planned: number, result: number) =>
      indicatorStatus({
        indicator: rise(null, null),
        periods: [year(2021, result, planned)],
        term: { start: 2021, end: 2025 },
        asOf: '2021-12-14',
        basis: 'period',
      });
    const budget = judged(2000, 2030.6);
    const indicators = [
      budget,
      ...Array.from({ length: 4 }, () => judged(100, 104)),
      ...Array.from({ length: 11 }, () => judged(100, 100)),
    ].map((a) => ({ status: a.status, congressResolution: false }));
    const rollup = programmeRollup(indicators);
    expect(`${rollup.achieved}/${rollup.total}`).toBe('16/16');
    expect(formatStatusCounts(rollup.counts, { total: rollup.total })).toBe('5/16 vượt, 11/16 đạt');
    expect(`thu ngân sách đạt ${formatPercentVi(budget.percent ?? 0)}`).toBe('thu ngân sách đạt 101,53%');
    expect(formatCongressSummary(rollup)).toBe('Không có chỉ tiêu thuộc Nghị quyết Đại hội');
  });

  it('an empty programme rolls up to zeros', () => {
    const rollup = programmeRollup([]);
    expect(rollup).toMatchObject({ total: 0, achieved: 0, achievedOrExpected: 0 });
    expect(formatStatusCounts(rollup.counts)).toBe('');
    expect(formatAchievedOrExpected(rollup)).toBe('0/0 chỉ tiêu đạt và dự kiến đạt');
  });
});
