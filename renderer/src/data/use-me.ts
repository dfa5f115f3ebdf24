import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import { useDb } from '../db/db-context.tsx';
import { useUiStore } from '../state/ui-store.ts';

export interface Me {
  person: Person;
  unit: Unit | null;
}

/**
 * The person who uses this computer (chosen in settings) and their unit; null when none is chosen or the
 * person is not (yet) in the local directory; undefined while loading.
 */
export function useMe(): Me | null | undefined {
  const { db } = useDb();
  const personId = useUiStore((state) => state.settings.personId);
  return useLiveQuery(async () => {
    if (personId === null) return null;
    const person = await db.person.get(personId);
    if (!person || person._deleted !== 0) return null;
    const unit = await db.unit.get(person.unitId);
    return { person, unit: unit && unit._deleted === 0 ? unit : null };
  }, [db, personId]);
}
