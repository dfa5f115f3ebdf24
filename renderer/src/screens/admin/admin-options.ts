import type { AdminUnit } from '../../../../shared/sync/admin-api.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';

/** The input of the lists that take none: one object, so a query is not asked again at each render. */
export const NO_INPUT = {};

/** Units for a select, in tree order, each level indented by non-breaking spaces. */
export function unitOptions(units: readonly AdminUnit[]) {
  return units.map((unit) => ({
    value: unit.id,
    label: `${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}`,
  }));
}

/** The unit names by id, as the accounts and officials lists show them. */
export function unitNameMap(units: readonly AdminUnit[]): ReadonlyMap<string, string> {
  return new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
}

/** A unit select's search: by name, case, marks and đ ignored ("quan uy" finds "Quận ủy Long Biên"). */
export const unitSearch = {
  filterOption: (input: string, option?: { label: string }) => matchesSearch(input, option?.label ?? ''),
};
