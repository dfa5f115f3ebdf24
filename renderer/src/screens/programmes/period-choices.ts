import type { IndicatorPeriod, Period } from '../../../../shared/domain/indicator.ts';
import { comparePeriods, formatPeriodVi } from '../../../../shared/domain/period.ts';

const periodKey = (p: Period) => `${p.year}-${p.kind}`;

/** The periods a programme's figures can be typed for: 6 months, 9 months and the year of each term year. */
export function periodChoices(term: {
  start: number;
  end: number;
}): { value: string; label: string; period: Period }[] {
  const choices: { value: string; label: string; period: Period }[] = [];
  for (let year = term.start; year <= term.end; year += 1) {
    for (const kind of ['h1', 'q3', 'year'] as const) {
      const period = { year, kind };
      choices.push({ value: periodKey(period), label: formatPeriodVi(period), period });
    }
  }
  return choices;
}

/** The period shown first: the latest with a result, else the year of `asOf` within the term. */
export function defaultPeriod(
  periods: readonly IndicatorPeriod[],
  term: { start: number; end: number },
  asOfYear: number,
): Period {
  const reported = periods.filter((p) => p.result !== null).map((p) => p.period);
  const latest = [...reported].sort(comparePeriods).at(-1);
  if (latest) return latest;
  return { year: Math.min(term.end, Math.max(term.start, asOfYear)), kind: 'year' };
}

export { periodKey };
