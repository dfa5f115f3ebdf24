import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { compareVi } from '../../../shared/text/collate.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';
import { summariseProgramme, type ProgrammeSummary } from './programme-summary.ts';

export interface ProgrammeRow extends ProgrammeSummary {
  chairName: string | null;
}

/** Every programme with its indicators assessed as of `asOf`, by code in Vietnamese order; undefined while loading. */
export function useProgrammeRows(asOf: IsoDate): ProgrammeRow[] | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [programmes, indicators, periods, people] = await Promise.all([
      liveRows(db.programme),
      liveRows(db.indicator),
      liveRows(db.indicatorPeriod),
      liveRows(db.person),
    ]);
    const names = new Map(people.map((person) => [person.id, person.name]));
    return programmes
      .sort((a, b) => compareVi(a.code, b.code))
      .map((programme) => {
        const chair = programme.committee.find((member) => member.role === 'chair');
        return {
          ...summariseProgramme(
            programme,
            indicators.filter((i) => i.programmeId === programme.id),
            periods.filter((p) => p.programmeId === programme.id),
            asOf,
          ),
          chairName: chair ? (names.get(chair.personId) ?? null) : null,
        };
      });
  }, [db, asOf]);
}
