import { indicatorStatus, type IndicatorAssessment } from '../../../shared/domain/indicator-status.ts';
import type { Indicator, IndicatorPeriod } from '../../../shared/domain/indicator.ts';
import { programmeRollup, type ProgrammeRollup } from '../../../shared/domain/programme-rollup.ts';
import type { Programme } from '../../../shared/domain/programme.ts';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';

export interface AssessedIndicator {
  indicator: Indicator;
  assessment: IndicatorAssessment;
  /** The result of the period the status was judged on, null when none. */
  latestResult: number | null;
  /** The indicator's figures per period, in any order. */
  periods: IndicatorPeriod[];
}

export interface ProgrammeSummary {
  programme: Programme;
  indicators: AssessedIndicator[];
  rollup: ProgrammeRollup;
}

/** Assesses each indicator of a programme as of a date and rolls the statuses up ("18/19 …"). */
export function summariseProgramme(
  programme: Programme,
  indicators: readonly Indicator[],
  periods: readonly IndicatorPeriod[],
  asOf: IsoDate,
): ProgrammeSummary {
  const byIndicator = new Map<string, IndicatorPeriod[]>();
  for (const period of periods) {
    const list = byIndicator.get(period.indicatorId) ?? [];
    list.push(period);
    byIndicator.set(period.indicatorId, list);
  }
  const term = { start: programme.termStart, end: programme.termEnd };
  const assessed = [...indicators]
    .sort((a, b) => a.number - b.number)
    .map((indicator) => {
      const own = byIndicator.get(indicator.id) ?? [];
      const assessment = indicatorStatus({ indicator, periods: own, term, asOf });
      const judged = assessment.period;
      const latest = judged
        ? own.find((p) => p.period.year === judged.year && p.period.kind === judged.kind)
        : undefined;
      return { indicator, assessment, latestResult: latest?.result ?? null, periods: own };
    });
  const rollup = programmeRollup(
    assessed.map(({ indicator, assessment }) => ({
      status: assessment.status,
      congressResolution: indicator.congressResolution,
    })),
  );
  return { programme, indicators: assessed, rollup };
}
