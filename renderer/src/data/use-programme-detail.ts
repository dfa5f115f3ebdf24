import { useLiveQuery } from 'dexie-react-hooks';
import type { IndicatorPeriod } from '../../../shared/domain/indicator.ts';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';
import { summariseProgramme, type ProgrammeSummary } from './programme-summary.ts';

export interface ProgrammeDetail extends ProgrammeSummary {
  periodsByIndicator: Map<string, IndicatorPeriod[]>;
  unitNames: Map<string, string>;
}

/** One programme with its indicators assessed as of `asOf`; null when missing, undefined while loading. */
export function useProgrammeDetail(programmeId: string, asOf: IsoDate): ProgrammeDetail | null | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const programme = await db.programme.get(programmeId);
    if (!programme || programme._deleted) return null;
    const [indicators, periods, units] = await Promise.all([
      liveRows(db.indicator.where({ programmeId })),
      liveRows(db.indicatorPeriod.where({ programmeId })),
      liveRows(db.unit),
    ]);
    const periodsByIndicator = new Map<string, IndicatorPeriod[]>();
    for (const period of periods) {
      periodsByIndicator.set(period.indicatorId, [
        ...(periodsByIndicator.get(period.indicatorId) ?? []),
        period,
      ]);
    }
    return {
      ...summariseProgramme(programme, indicators, periods, asOf),
      periodsByIndicator,
      unitNames: new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name])),
    };
  }, [db, programmeId, asOf]);
}
