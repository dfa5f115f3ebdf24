import type { Person, Unit } from '../../../../shared/domain/directory.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';

/** A select's option with the text it is searched by. */
export interface LabelledOption {
  value: string;
  label: string;
}

/** A select's search that ignores Vietnamese marks and case, as everywhere else in the app. */
export const searchByLabel = {
  filterOption: (input: string, option?: { label: string }) => matchesSearch(input, option?.label ?? ''),
};

/** Units as select options, by their short name when they have one. */
export function unitOptions(units: readonly Unit[]): LabelledOption[] {
  return units.map((unit) => ({ value: unit.id, label: unit.shortName ?? unit.name }));
}

/** People as select options: the name and the position, so two namesakes can be told apart. */
export function personOptions(people: readonly Person[]): LabelledOption[] {
  return people.map((person) => ({ value: person.id, label: `${person.name} — ${person.position}` }));
}
