import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import { compareVi } from '../../../shared/text/collate.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

export interface ProgrammeDirectory {
  /** People by name, in Vietnamese order. */
  people: Person[];
  /** Units by name, in Vietnamese order. */
  units: Unit[];
  personNames: Map<string, string>;
  unitNames: Map<string, string>;
}

/** The directory a programme's forms pick from: people and units on this machine; undefined while loading. */
export function useProgrammeDirectory(): ProgrammeDirectory | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [people, units] = await Promise.all([liveRows(db.person), liveRows(db.unit)]);
    return {
      people: people.sort((a, b) => compareVi(a.name, b.name)),
      units: units.sort((a, b) => compareVi(a.name, b.name)),
      personNames: new Map(people.map((p) => [p.id, p.name])),
      unitNames: new Map(units.map((u) => [u.id, u.shortName ?? u.name])),
    };
  }, [db]);
}
