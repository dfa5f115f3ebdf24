import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';
import { unitTree, type TreeRow } from './use-directory-tree.ts';

export interface Directory {
  /** The synced units in tree order, with their depth. */
  units: Array<TreeRow<Unit>>;
  people: Person[];
}

/** The directory as synced to this computer (Dexie `unit` and `person`); undefined while loading. */
export function useDirectory(): Directory | undefined {
  const { db } = useDb();
  const rows = useLiveQuery(async () => {
    const [units, people] = await Promise.all([liveRows(db.unit), liveRows(db.person)]);
    return { units, people };
  }, [db]);
  return useMemo(() => {
    if (rows === undefined) return undefined;
    const people = [...rows.people].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    return { units: unitTree(rows.units), people };
  }, [rows]);
}
