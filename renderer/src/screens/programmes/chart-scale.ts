import type { Indicator, IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { comparePeriods, formatPeriodVi, periodTime } from '../../../../shared/domain/period.ts';

export const W = 560;
export const H = 260;
export const PAD = { left: 64, right: 16, top: 16, bottom: 48 };

/** A figure on the chart: when (in years), its value, and what its tooltip calls it. */
export interface Point {
  t: number;
  v: number;
  label: string;
}

/** Where values and times fall on the chart. */
export interface ChartScale {
  yTicks: number[];
  x(t: number): number;
  y(v: number): number;
  /** Every year of the term, for the time axis. */
  years: number[];
}

/** Nice round ticks between `min` and `max`. */
function ticks(min: number, max: number, count = 4): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * magnitude).find((s) => s >= raw) ?? raw;
  const first = Math.floor(min / step) * step;
  const out: number[] = [];
  for (let v = first; v < max + step; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

export const path = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/** The results (after the baseline at the term's start, called `baselineLabel`) and plans, in time order. */
export function chartPoints(
  indicator: Indicator,
  periods: readonly IndicatorPeriod[],
  term: { start: number; end: number },
  baselineLabel: string,
): { results: Point[]; plans: Point[] } {
  const sorted = [...periods].sort((a, b) => comparePeriods(a.period, b.period));
  const results: Point[] = sorted
    .filter((p) => p.result !== null)
    .map((p) => ({ t: periodTime(p.period), v: p.result ?? 0, label: formatPeriodVi(p.period) }));
  if (indicator.baseline !== null) {
    results.unshift({ t: term.start, v: indicator.baseline, label: baselineLabel });
  }
  const plans: Point[] = sorted
    .filter((p) => p.planned !== null)
    .map((p) => ({ t: periodTime(p.period), v: p.planned ?? 0, label: formatPeriodVi(p.period) }));
  return { results, plans };
}

/** The scale that shows every value (and zero) over the term's years. */
export function chartScale(values: readonly number[], term: { start: number; end: number }): ChartScale {
  const yTicks = ticks(Math.min(0, ...values), Math.max(...values));
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks.at(-1) ?? 1;
  return {
    yTicks,
    x: (t) => PAD.left + ((t - term.start) / (term.end - term.start || 1)) * (W - PAD.left - PAD.right),
    y: (v) => H - PAD.bottom - ((v - yMin) / (yMax - yMin || 1)) * (H - PAD.top - PAD.bottom),
    years: Array.from({ length: term.end - term.start + 1 }, (_, i) => term.start + i),
  };
}
