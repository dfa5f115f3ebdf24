import { uuidv7 } from '../../shared/ids/index.ts';
import { personRecord, unitRecord } from './directory-admin.ts';
import { AdminError } from './user-admin.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

export interface BootstrapUnit {
  key: string;
  name: string;
  shortName?: string | undefined;
  kind: string;
  parent?: string | undefined;
}

export interface BootstrapPerson {
  key: string;
  name: string;
  position: string;
  unit: string;
}

export interface ResolvedDirectory {
  unitIds: ReadonlyMap<string, string>;
  personIds: ReadonlyMap<string, string>;
  /** Parents before their children, then the people: the order they are pushed in. */
  changes: Array<{ entity: 'unit' | 'person'; record: Record<string, unknown> }>;
}

function idsByKey(file: string, items: ReadonlyArray<{ key: string }>, taken: Set<string>) {
  const ids = new Map<string, string>();
  for (const item of items) {
    if (taken.has(item.key))
      throw new AdminError(serverMessage('admin.duplicateKey', { file, key: item.key }));
    taken.add(item.key);
    ids.set(item.key, uuidv7(Date.now()));
  }
  return ids;
}

/** The id a key names, or a refusal naming the missing key. */
export function byKey(file: string, ids: ReadonlyMap<string, string>, key: string, what: string) {
  const id = ids.get(key);
  if (id === undefined) throw new AdminError(serverMessage('admin.badKey', { file, what, key }));
  return id;
}

/** Units in an order where each parent comes before its children (a cycle is left to the schema). */
function parentsFirst(units: readonly BootstrapUnit[]): BootstrapUnit[] {
  const ordered: BootstrapUnit[] = [];
  const placed = new Set<string>();
  let pending = [...units];
  while (pending.length > 0) {
    const ready = pending.filter((u) => u.parent === undefined || placed.has(u.parent) || u.parent === u.key);
    const next = ready.length > 0 ? ready : pending;
    for (const unit of next) placed.add(unit.key);
    ordered.push(...next);
    pending = pending.filter((u) => !placed.has(u.key));
  }
  return ordered;
}

/**
 * The bootstrap file's units and people with ids for their keys, checked by the directory schemas before
 * anything is written, so a wrong file changes nothing.
 */
export function resolveDirectory(
  file: string,
  units: readonly BootstrapUnit[],
  people: readonly BootstrapPerson[],
): ResolvedDirectory {
  const taken = new Set<string>();
  const unitIds = idsByKey(file, units, taken);
  const personIds = idsByKey(file, people, taken);
  const changes: ResolvedDirectory['changes'] = [];
  for (const unit of parentsFirst(units)) {
    const parentId = unit.parent === undefined ? null : byKey(file, unitIds, unit.parent, 'đơn vị');
    const input = { name: unit.name, shortName: unit.shortName ?? null, kind: unit.kind, parentId };
    changes.push({ entity: 'unit', record: unitRecord(input, byKey(file, unitIds, unit.key, 'đơn vị')) });
  }
  for (const person of people) {
    const input = {
      name: person.name,
      position: person.position,
      unitId: byKey(file, unitIds, person.unit, 'đơn vị'),
    };
    changes.push({
      entity: 'person',
      record: personRecord(input, byKey(file, personIds, person.key, 'cán bộ')),
    });
  }
  return { unitIds, personIds, changes };
}
