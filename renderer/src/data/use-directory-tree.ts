import type { UnitKind } from '../../../shared/domain/directory.ts';

/** What the tree needs of a unit: the synced row and the admin API's answer both have it. */
export interface TreeUnit {
  id: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: string | null;
}

export type TreeRow<T extends TreeUnit> = T & { depth: number };

/**
 * Text folded for search: no case, no diacritics ("Phường Bồ Đề" → "phuong bo de"), đ read as d, spaces
 * squeezed, so an official types as on a keyboard without Vietnamese input.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a name (or any of several) holds the folded query; an empty query matches everything. */
export function matchesQuery(query: string, ...texts: Array<string | null>): boolean {
  const q = foldText(query);
  return q === '' || texts.some((text) => text !== null && foldText(text).includes(q));
}

const byName = (a: TreeUnit, b: TreeUnit) => a.name.localeCompare(b.name, 'vi');

/**
 * Units in tree order (each parent before its children, siblings by name) with their depth. A unit whose
 * parent is not here stands at the top level; a loop of parents (bad data) is broken where it is met.
 */
export function unitTree<T extends TreeUnit>(units: readonly T[]): Array<TreeRow<T>> {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const rows: Array<TreeRow<T>> = [];
  const seen = new Set<string>();
  const visit = (unit: T, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    rows.push({ ...unit, depth });
    for (const child of [...(children.get(unit.id) ?? [])].sort(byName)) visit(child, depth + 1);
  };
  for (const root of [...(children.get(null) ?? [])].sort(byName)) visit(root, 0);
  // Units only in a loop of parents were never reached from a root: show them at the top level.
  for (const unit of [...units].sort(byName)) visit(unit, 0);
  return rows;
}

/**
 * The rows of a tree that match a query, with the ancestors that lead to them (so a ward found stays
 * under its committee). Rows keep their order and depth.
 */
export function filterTree<T extends TreeUnit>(
  rows: ReadonlyArray<TreeRow<T>>,
  query: string,
): Array<TreeRow<T>> {
  if (foldText(query) === '') return [...rows];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const keep = new Set<string>();
  for (const row of rows) {
    if (!matchesQuery(query, row.name, row.shortName)) continue;
    let at: TreeRow<T> | undefined = row;
    while (at && !keep.has(at.id)) {
      keep.add(at.id);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
  }
  return rows.filter((row) => keep.has(row.id));
}
