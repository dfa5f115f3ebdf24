import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercentVi } from '../text/number-format.ts';
import { compareToTarget, percentAchieved } from './percent-achieved.ts';
import type { IndicatorMeasure } from './percent-achieved.ts';

const increase = (termTarget: number | null, baseline: number | null = null): IndicatorMeasure => ({
  direction: 'increase',
  baseline,
  termTarget,
});
const decrease = (termTarget: number | null, baseline: number | null = null): IndicatorMeasure => ({
  direction: 'decrease',
  baseline,
  termTarget,
});
const keep = (termTarget: number | null): IndicatorMeasure => ({
  direction: 'keep',
  baseline: null,
  termTarget,
});
const yesNo: IndicatorMeasure = { direction: 'boolean', baseline: null, termTarget: 1 };

describe('percentAchieved — increase', () => {
  it('is result ÷ target × 100, as in the reports', () => {
    expect(formatPercentVi(percentAchieved(increase(1000), 1015.3) ?? 0)).toBe('101,53%');
    expect(formatPercentVi(percentAchieved(increase(10.4), 9.25) ?? 0)).toBe('88,94%');
    expect(formatPercentVi(percentAchieved(increase(14), 15) ?? 0)).toBe('107,14%');
    expect(percentAchieved(increase(90), 90)).toBe(100);
  });

  it('uses a given period target over the term target', () => {
    expect(percentAchieved(increase(100), 50, 50)).toBe(100);
    expect(percentAchieved(increase(100), 50, null)).toBeNull();
  });

  it('gives null without a result, without a target, or with a target of 0', () => {
    expect(percentAchieved(increase(90), null)).toBeNull();
    expect(percentAchieved(increase(null), 90)).toBeNull();
    expect(percentAchieved(increase(0), 5)).toBeNull();
    expect(percentAchieved(increase(-2), 5)).toBeNull();
  });

  it('never goes below 0', () => {
    expect(percentAchieved(increase(8), -3)).toBe(0);
  });
});

describe('percentAchieved — decrease', () => {
  it('with a baseline: the share of the planned fall achieved', () => {
    // poverty rate 2 % → target 1 %: at 1,5 % half of the fall is done; at 0,5 % it is 150 %.
    expect(percentAchieved(decrease(1, 2), 1.5)).toBeCloseTo(50);
    expect(percentAchieved(decrease(1, 2), 1)).toBe(100);
    expect(percentAchieved(decrease(1, 2), 0.5)).toBeCloseTo(150);
    expect(percentAchieved(decrease(1, 2), 2.5)).toBe(0);
  });

  it('down to zero: "không còn hộ nghèo"', () => {
    expect(percentAchieved(decrease(0, 120), 0)).toBe(100);
    expect(percentAchieved(decrease(0, 120), 30)).toBe(75);
    expect(percentAchieved(decrease(0), 0)).toBe(100);
    expect(percentAchieved(decrease(0), 3)).toBe(0);
  });

  it('without a baseline: target ÷ result × 100, and 100 at a result of 0', () => {
    expect(percentAchieved(decrease(1), 2)).toBe(50);
    expect(percentAchieved(decrease(1), 0.8)).toBeCloseTo(125);
    expect(percentAchieved(decrease(1), 0)).toBe(100);
    expect(percentAchieved(decrease(1, 1), 0.5)).toBe(200);
  });

  it('gives null without a result or a target', () => {
    expect(percentAchieved(decrease(1, 2), null)).toBeNull();
    expect(percentAchieved(decrease(null, 2), 1)).toBeNull();
  });
});

describe('percentAchieved — keep and boolean', () => {
  it('keep: 100 while the level is held, never more', () => {
    expect(percentAchieved(keep(14), 14)).toBe(100);
    expect(percentAchieved(keep(14), 15)).toBe(100);
    expect(percentAchieved(keep(14), 7)).toBe(50);
    expect(percentAchieved(keep(14), 13.9, undefined, { keepTolerance: 0.5 })).toBe(100);
    expect(percentAchieved(keep(0), -1)).toBe(0);
  });

  it('boolean: 100 when done, 0 when not; the target is not used', () => {
    expect(percentAchieved(yesNo, 1)).toBe(100);
    expect(percentAchieved(yesNo, 0)).toBe(0);
    expect(percentAchieved(yesNo, null)).toBeNull();
    expect(percentAchieved({ ...yesNo, termTarget: null }, 1)).toBe(100);
  });
});

describe('compareToTarget', () => {
  it('says beyond, met or short in the direction of the indicator', () => {
    expect(compareToTarget('increase', 91, 90)).toBe('beyond');
    expect(compareToTarget('increase', 0.1 + 0.2, 0.3)).toBe('met');
    expect(compareToTarget('increase', 89, 90)).toBe('short');
    expect(compareToTarget('decrease', 0.5, 1)).toBe('beyond');
    expect(compareToTarget('decrease', 0, 0)).toBe('met');
    expect(compareToTarget('decrease', 1, 0)).toBe('short');
    expect(compareToTarget('keep', 15, 14)).toBe('met');
    expect(compareToTarget('boolean', 1, null)).toBe('met');
    expect(compareToTarget('increase', 1, null)).toBe('short');
  });

  it('agrees with the percent: met or beyond exactly when the percent reaches 100', () => {
    const figure = fc.double({ min: 0.01, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom('increase' as const, 'decrease' as const),
        figure,
        figure,
        (direction, result, target) => {
          const percent = percentAchieved({ direction, baseline: null, termTarget: target }, result) ?? 0;
          const standing = compareToTarget(direction, result, target);
          if (standing === 'short') expect(percent).toBeLessThan(100 + 1e-6);
          else expect(percent).toBeGreaterThan(100 - 1e-6);
        },
      ),
    );
  });

  it('is never negative and never NaN', () => {
    const figure = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const nullable = fc.option(figure, { nil: null });
    const direction = fc.constantFrom(
      'increase' as const,
      'decrease' as const,
      'keep' as const,
      'boolean' as const,
    );
    fc.assert(
      fc.property(direction, nullable, nullable, figure, (dir, baseline, termTarget, result) => {
        const percent = percentAchieved({ direction: dir, baseline, termTarget }, result);
        if (percent !== null) {
          expect(Number.isFinite(percent)).toBe(true);
          expect(percent).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
