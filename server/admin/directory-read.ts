import { and, asc, eq } from 'drizzle-orm';
import type { AdminPerson, AdminUnit, PeopleQuery } from '../../shared/sync/admin-api.ts';
import { unitSchema, personSchema } from '../../shared/domain/directory.ts';
import { businessFields, type StoredRecord } from '../../shared/sync/record.ts';
import { matchesSearch } from '../../shared/text/search.ts';
import type { Database } from '../db/database.ts';
import { records } from '../db/schema.ts';

/** The directory as the server holds it now, read for the admin API and the admin CLI. */
async function liveRecords(database: Database, entity: 'unit' | 'person') {
  const rows = await database.orm
    .select({ data: records.data })
    .from(records)
    .where(and(eq(records.entity, entity), eq(records.deleted, false)))
    .orderBy(asc(records.id));
  // The stored row also carries the merge's stamps (RecordMeta): the schemas read the record's own fields.
  return rows.map((row) => businessFields(row.data as StoredRecord<Record<string, unknown>>));
}

async function units(database: Database) {
  return (await liveRecords(database, 'unit')).flatMap((data) => {
    const parsed = unitSchema.safeParse(data);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The units in tree order: each under its parent, siblings by name (Vietnamese order), with their depth.
 * A unit whose parent is not held (or is gone) shows at the top, not lost.
 */
export async function unitTree(database: Database): Promise<AdminUnit[]> {
  const all = (await units(database)).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const ids = new Set(all.map((unit) => unit.id));
  const children = new Map<string, typeof all>();
  for (const unit of all) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : '';
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const tree: AdminUnit[] = [];
  const seen = new Set<string>();
  const walk = (parent: string, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      const { id, name, shortName, kind, parentId } = unit;
      tree.push({ id, name, shortName, kind, parentId, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk('', 0);
  return tree;
}

/** One line a unit: indented under its parent, with the short name, the kind and the id (`list-units`). */
export function unitLines(tree: readonly AdminUnit[]): string[] {
  return tree.map((unit) => {
    const short = unit.shortName ? ` (${unit.shortName})` : '';
    return `${'  '.repeat(unit.depth)}${unit.name}${short} [${unit.kind}] ${unit.id}`;
  });
}

/** The people, by name, optionally of one unit and matching a search (case and marks ignored). */
export async function peopleList(database: Database, query: PeopleQuery = {}): Promise<AdminPerson[]> {
  const names = new Map((await units(database)).map((unit) => [unit.id, unit.name]));
  const people = (await liveRecords(database, 'person')).flatMap((data) => {
    const parsed = personSchema.safeParse(data);
    return parsed.success ? [parsed.data] : [];
  });
  return people
    .filter((person) => query.unitId === undefined || person.unitId === query.unitId)
    .filter((person) => !query.q || matchesSearch(query.q, `${person.name} ${person.position}`))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((person) => ({
      id: person.id,
      name: person.name,
      position: person.position,
      unitId: person.unitId,
      unitName: names.get(person.unitId) ?? '',
    }));
}
