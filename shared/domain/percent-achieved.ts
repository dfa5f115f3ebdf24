import type { Indicator } from './indicator.ts';

/** What percent and status need of an indicator. */
export type IndicatorMeasure = Pick<Indicator, 'direction' | 'baseline' | 'termTarget'>;

export interface MeasureOptions {
  /** For 'keep': how far below the target a result may be and still count as kept. Default 0. */
  keepTolerance?: number;
}

/** Where a result stands against a target: past it, on it, or short of it. */
export type TargetStanding = 'beyond' | 'met' | 'short';

const EPSILON = 1e-9;
const near = (a: number, b: number) => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Compares a result with a target in the indicator's direction. 'boolean' and 'keep' are never
 * 'beyond': a yes/no is met or not; holding a level at or above its target is met.
 */
export function compareToTarget(
  direction: Indicator['direction'],
  result: number,
  target: number | null,
  options: MeasureOptions = {},
): TargetStanding {
  if (direction === 'boolean') return result !== 0 ? 'met' : 'short';
  if (target === null) return 'short';
  if (near(result, target)) return 'met';
  switch (direction) {
    case 'increase':
      return result > target ? 'beyond' : 'short';
    case 'decrease':
      return result < target ? 'beyond' : 'short';
    case 'keep':
      return result >= target - (options.keepTolerance ?? 0) ? 'met' : 'short';
  }
}

function decreasePercent(baseline: number | null, result: number, target: number): number {
  if (baseline !== null && baseline > target && !near(baseline, target)) {
    return ((baseline - result) / (baseline - target)) * 100;
  }
  if (target <= 0) return result <= target ? 100 : 0;
  if (result <= 0) return 100;
  return (target / result) * 100;
}

/**
 * Tỷ lệ đạt (%) of a result against a target (by default the indicator's term target), unrounded:
 * round only to show it (formatPercentVi). Null when there is no result or no usable target.
 *  - increase: result ÷ target × 100; a target of 0 or below gives null (no meaningful ratio).
 *  - decrease, e.g. a poverty rate: with a baseline above the target, the share of the planned fall
 *    achieved, (baseline − result) ÷ (baseline − target) × 100; without one, target ÷ result × 100. A
 *    result at or below a target of 0 ("không còn hộ nghèo") is 100, above it 0; a result of 0 under a
 *    positive target is reported as 100 (the ratio is unbounded; the status says "vượt").
 *  - keep: 100 when the level is held (result ≥ target − tolerance), else result ÷ target × 100
 *    (0 when the target is 0 or below); never above 100.
 *  - boolean: 100 when the result is non-zero (done), else 0; the target is not used.
 * Results worse than the starting point give 0, never a negative percent; a ratio too large for a
 * number (a target of 1e-300) gives null.
 */
export function percentAchieved(
  indicator: IndicatorMeasure,
  result: number | null,
  target: number | null = indicator.termTarget,
  options: MeasureOptions = {},
): number | null {
  if (result === null) return null;
  if (indicator.direction === 'boolean') return result !== 0 ? 100 : 0;
  if (target === null) return null;
  let percent: number | null;
  switch (indicator.direction) {
    case 'increase':
      percent = target > 0 ? (result / target) * 100 : null;
      break;
    case 'decrease':
      percent = decreasePercent(indicator.baseline, result, target);
      break;
    case 'keep':
      if (compareToTarget('keep', result, target, options) === 'met') percent = 100;
      else percent = target > 0 ? Math.min(100, (result / target) * 100) : 0;
      break;
  }
  return percent === null || !Number.isFinite(percent) ? null : Math.max(0, percent);
}
