import { DIRECTORY_SPACE } from '../domain/space.ts';
import type { DemoContext } from './context.ts';
import { PEOPLE_SPECS, WARD_LEADERS } from './people.ts';
import type { PersonKey } from './people.ts';
import { LONG_BIEN_WARDS, UNIT_SPECS, WARD_PARENT } from './units.ts';
import type { UnitKey, WardName } from './units.ts';

/** A unit of the demo: a key of UNIT_SPECS, or one of the 14 wards of Long Biên by name. */
export type UnitRef = UnitKey | { ward: WardName };
/** A person of the demo: a key of PEOPLE_SPECS, or a ward's Bí thư Đảng ủy or Chủ tịch UBND. */
export type PersonRef = PersonKey | { secretary: WardName } | { chair: WardName };

/** Phường … of Long Biên, as a unit reference. */
export const ward = (name: WardName): UnitRef => ({ ward: name });
/** Bí thư Đảng ủy phường …, as a person reference. */
export const secretaryOf = (name: WardName): PersonRef => ({ secretary: name });
/** Chủ tịch UBND phường …, as a person reference. */
export const chairOf = (name: WardName): PersonRef => ({ chair: name });

/** Resolves the demo's references to the ids of the records built. */
export interface DemoDirectory {
  unit: (ref: UnitRef) => string;
  person: (ref: PersonRef) => string;
}

function lookup(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data refers to an unknown record "${key}".`);
  return id;
}

const unitKey = (ref: UnitRef): string => (typeof ref === 'string' ? ref : `ward:${ref.ward}`);
const personKey = (ref: PersonRef): string => {
  if (typeof ref === 'string') return ref;
  return 'secretary' in ref ? `secretary:${ref.secretary}` : `chair:${ref.chair}`;
};

function buildUnits(ctx: DemoContext, ids: Map<string, string>): void {
  const specs = Object.entries(UNIT_SPECS);
  for (const [key] of specs) ids.set(key, ctx.nextId());
  for (const [key, spec] of specs) {
    ctx.data.unit.push({
      id: lookup(ids, key),
      spaceId: DIRECTORY_SPACE,
      kind: spec.kind,
      parentId: spec.parent === null ? null : lookup(ids, spec.parent),
      name: spec.name,
      shortName: spec.shortName,
    });
  }
  for (const name of LONG_BIEN_WARDS) {
    const id = ctx.nextId();
    ids.set(`ward:${name}`, id);
    ctx.data.unit.push({
      id,
      spaceId: DIRECTORY_SPACE,
      kind: 'ward',
      parentId: lookup(ids, WARD_PARENT),
      name: `Phường ${name}`,
      shortName: name,
    });
  }
}

function pushPerson(ctx: DemoContext, spec: { name: string; position: string; unitId: string }): string {
  const id = ctx.nextId();
  ctx.data.person.push({
    id,
    spaceId: DIRECTORY_SPACE,
    name: spec.name,
    position: spec.position,
    unitId: spec.unitId,
    email: null,
    phone: null,
  });
  return id;
}

function buildPeople(ctx: DemoContext, unitIds: ReadonlyMap<string, string>, ids: Map<string, string>): void {
  for (const [key, spec] of Object.entries(PEOPLE_SPECS)) {
    ids.set(key, pushPerson(ctx, { ...spec, unitId: lookup(unitIds, spec.unit) }));
  }
  for (const name of LONG_BIEN_WARDS) {
    const leaders = WARD_LEADERS[name];
    const unitId = lookup(unitIds, `ward:${name}`);
    const secretary = { name: leaders.secretary, position: `Bí thư Đảng ủy phường ${name}`, unitId };
    ids.set(`secretary:${name}`, pushPerson(ctx, secretary));
    const chair = { name: leaders.chair, position: `Chủ tịch UBND phường ${name}`, unitId };
    ids.set(`chair:${name}`, pushPerson(ctx, chair));
  }
}

/** Builds the units and people (space 'directory') and returns the resolver of references to them. */
export function buildDirectory(ctx: DemoContext): DemoDirectory {
  const unitIds = new Map<string, string>();
  const personIds = new Map<string, string>();
  buildUnits(ctx, unitIds);
  buildPeople(ctx, unitIds, personIds);
  return {
    unit: (ref) => lookup(unitIds, unitKey(ref)),
    person: (ref) => lookup(personIds, personKey(ref)),
  };
}
