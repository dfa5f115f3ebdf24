import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import { compareVi } from '../../../shared/text/collate.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

export interface PersonOption {
  value: string;
  /** "Đường Hoài Nam — Bí thư Quận ủy": the name first, so typing the name finds the person. */
  label: string;
  person: Person;
}

export interface MeetingDirectory {
  people: PersonOption[];
  units: Unit[];
  unitName: (id: string) => string;
}

/** The directory as the meeting forms offer it: people by name with their post, and the units. */
export function useMeetingDirectory(): MeetingDirectory | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [people, units] = await Promise.all([liveRows(db.person), liveRows(db.unit)]);
    const names = new Map(units.map((unit) => [unit.id, unit.name]));
    return {
      people: people
        .map((person) => ({
          value: person.id,
          label: person.position ? `${person.name} — ${person.position}` : person.name,
          person,
        }))
        .sort((a, b) => compareVi(a.label, b.label)),
      units: units.sort((a, b) => compareVi(a.name, b.name)),
      unitName: (id: string) => names.get(id) ?? '',
    };
  }, [db]);
}
