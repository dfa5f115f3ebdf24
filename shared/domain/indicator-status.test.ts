import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from './indicator.ts';
import { indicatorStatus, indicatorStatusLabels, projectToTermEnd } from './indicator-status.ts';
import type { IndicatorStatusInput, PeriodFigures } from './indicator-status.ts';
import type { IndicatorMeasure } from './percent-achieved.ts';
import { comparePeriods, formatPeriodVi, periodEnd } from './period.ts';

const TERM = { start: 2020, end: 2025 };
const MIDTERM = '2023-04-18';

const figures = (
  year: number,
  result: number | null,
  planned: number | null = null,
  kind: Period['kind'] = 'year',
) => ({ period: { year, kind }, planned, result, statusOverride: null }) satisfies PeriodFigures;

const rise = (termTarget: number | null, baseline: number | null = null): IndicatorMeasure => ({
  direction: 'increase',
  baseline,
  termTarget,
});

const judge = (
  indicator: IndicatorMeasure,
  periods: PeriodFigures[],
  more: Partial<IndicatorStatusInput> = {},
) => indicatorStatus({ indicator, periods, term: TERM, asOf: MIDTERM, ...more });

describe('indicatorStatus on the term target', () => {
  it('vượt and đạt when the latest result passes or meets the target', () => {
    expect(judge(rise(90, 80), [figures(2021, 85), figures(2022, 93.18)])).toMatchObject({
      status: 'exceeded',
      period: { year: 2022, kind: 'year' },
      overridden: false,
    });
    expect(judge(rise(90), [figures(2022, 90)]).status).toBe('achieved');
    expect(judge(rise(90), [figures(2022, 90)]).percent).toBe(100);
  });

  it('dự kiến đạt when the linear projection to the term end reaches the target', () => {
    const gardens = judge(rise(10.4, 0), [figures(2022, 9.25)]);
    expect(gardens.status).toBe('expected');
    expect(gardens.projected).toBeCloseTo(23.125);
    expect(gardens.percent).toBeCloseTo(88.94, 2);
    expect(
      projectToTermEnd({ indicator: rise(10.4), periods: [figures(2021, 4), figures(2022, 6)], term: TERM }),
    ).toBe(12);
    expect(projectToTermEnd({ indicator: rise(10.4), periods: [figures(2022, 6)], term: TERM })).toBeNull();
  });

  it('dự kiến đạt when every yearly plan so far was met', () => {
    expect(judge(rise(90), [figures(2022, 85, 85)])).toMatchObject({ status: 'expected', projected: null });
    expect(judge(rise(90), [figures(2022, 84, 85)]).status).toBe('in_progress');
    expect(judge(rise(90), [figures(2021, 82, 80), figures(2022, 83, 82)]).status).toBe('expected');
    expect(judge(rise(90), [figures(2021, 82, 80), figures(2022, 83, 85)]).status).toBe('in_progress');
  });

  it('đang thực hiện when short and not on course; the 6- and 9-month figures count', () => {
    expect(judge(rise(90, 50), [figures(2022, 55)]).status).toBe('in_progress');
    const h1 = judge(rise(90, 50), [figures(2022, 55), figures(2023, 60, null, 'h1')]);
    expect(h1).toMatchObject({ status: 'in_progress', period: { year: 2023, kind: 'h1' } });
  });

  it('chưa đạt only once the term is over', () => {
    expect(judge(rise(90, 50), [figures(2022, 55)], { asOf: '2026-01-05' }).status).toBe('not_achieved');
    expect(judge(rise(90, 50), [figures(2025, 89)], { asOf: '2025-12-20' }).status).toBe('not_achieved');
    expect(judge(rise(90, 50), [figures(2025, 89, null, 'q3')], { asOf: '2025-10-20' }).status).toBe(
      'expected',
    );
  });

  it('without results: đang thực hiện, or chưa đạt after the term', () => {
    expect(judge(rise(90), []).status).toBe('in_progress');
    expect(judge(rise(90), [figures(2022, null, 85)]).status).toBe('in_progress');
    expect(judge(rise(90), [], { asOf: '2026-01-01' })).toMatchObject({
      status: 'not_achieved',
      period: null,
    });
  });

  it('judges falling rates and yes/no indicators by their direction', () => {
    const poverty: IndicatorMeasure = { direction: 'decrease', baseline: 0.8, termTarget: 0 };
    expect(judge(poverty, [figures(2022, 0)])).toMatchObject({ status: 'achieved', percent: 100 });
    expect(judge(poverty, [figures(2022, 0.3)]).status).toBe('expected');
    expect(judge(poverty, [figures(2022, 0.5)]).status).toBe('in_progress');
    const done: IndicatorMeasure = { direction: 'boolean', baseline: null, termTarget: 1 };
    expect(judge(done, [figures(2022, 1)]).status).toBe('achieved');
    expect(judge(done, [figures(2022, 0)]).status).toBe('in_progress');
    expect(judge(done, [figures(2025, 0)]).status).toBe('not_achieved');
    const keepAll: IndicatorMeasure = { direction: 'keep', baseline: 14, termTarget: 14 };
    expect(judge(keepAll, [figures(2022, 14)]).status).toBe('achieved');
  });

  it('an indicator without a term target is judged against its plan for the period', () => {
    expect(judge(rise(null), [figures(2022, 95, 90)])).toMatchObject({ status: 'exceeded' });
  });
});

describe('indicatorStatus on the period plan', () => {
  const yearly = { basis: 'period' as const, asOf: '2022-01-10' };

  it('compares the latest result with that period’s plan', () => {
    const budget = judge(rise(null), [figures(2021, 1015.3, 1000)], yearly);
    expect(budget.status).toBe('exceeded');
    expect(budget.percent).toBeCloseTo(101.53);
    expect(judge(rise(95), [figures(2021, 90, 90)], yearly).status).toBe('achieved');
    expect(judge(rise(95), [figures(2021, 89, 90)], yearly).status).toBe('not_achieved');
  });

  it('says đang thực hiện while the period is still running', () => {
    const running = judge(rise(95), [figures(2022, 40, 50, 'h1')], { basis: 'period', asOf: '2022-06-15' });
    expect(running.status).toBe('in_progress');
    const over = judge(rise(95), [figures(2022, 40, 50, 'h1')], { basis: 'period', asOf: '2022-07-01' });
    expect(over.status).toBe('not_achieved');
  });
});

describe('status overrides', () => {
  it('win over the figures and carry their reason', () => {
    const statusOverride = {
      status: 'expected' as const,
      reason: 'Dự án đã khởi công, hoàn thành quý II/2024',
    };
    const result = judge(rise(90, 50), [{ ...figures(2022, 55), statusOverride }]);
    expect(result).toMatchObject({ status: 'expected', overridden: true, reason: statusOverride.reason });
    expect(result.percent).toBeCloseTo(61.11, 2);
  });

  it('are replaced by a newer result', () => {
    const statusOverride = { status: 'not_achieved' as const, reason: 'Chưa có số liệu' };
    const result = judge(rise(90), [{ ...figures(2021, null), statusOverride }, figures(2022, 91)]);
    expect(result).toMatchObject({ status: 'exceeded', overridden: false, reason: null });
  });
});

describe('periods', () => {
  it('sort h1, q3, then the year, and know their ends', () => {
    const list: Period[] = [
      { year: 2022, kind: 'year' },
      { year: 2022, kind: 'h1' },
      { year: 2021, kind: 'year' },
      { year: 2022, kind: 'q3' },
    ];
    expect([...list].sort(comparePeriods).map(formatPeriodVi)).toEqual([
      'năm 2021',
      '6 tháng đầu năm 2022',
      '9 tháng năm 2022',
      'năm 2022',
    ]);
    expect(periodEnd({ year: 2022, kind: 'h1' })).toBe('2022-06-30');
    expect(periodEnd({ year: 2022, kind: 'q3' })).toBe('2022-09-30');
  });

  it('the status does not depend on the order the periods come in', () => {
    const period = fc.record({
      year: fc.integer({ min: 2021, max: 2025 }),
      kind: fc.constantFrom('year' as const, 'h1' as const, 'q3' as const),
    });
    const entry = fc.record({
      period,
      planned: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      result: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      statusOverride: fc.constant(null),
    });
    const unique = fc.uniqueArray(entry, {
      selector: (e) => `${e.period.year}${e.period.kind}`,
      maxLength: 8,
    });
    fc.assert(
      fc.property(unique, (periods) => {
        const forward = judge(rise(90, 40), periods);
        const backward = judge(rise(90, 40), [...periods].reverse());
        expect(backward).toEqual(forward);
        expect(Object.keys(indicatorStatusLabels)).toContain(forward.status);
      }),
    );
  });
});
