import type { EntityName } from '../domain/registry.ts';

/**
 * The written merge policy: how each field of each entity merges when replicas edit it concurrently, and
 * which rules across records hold. `shared/sync/merge.ts` reads this table; nothing else decides.
 *
 * - `lww` (every field not named here): per-field last writer wins by HLC; a lost concurrent write of
 *   another user goes to the conflict inbox.
 * - `set`: an id list merged element by element. A change carries `setOps` (`add` elements, `remove` keys)
 *   beside the full new list in `fields`; per element the operation with the later stamp wins, and on equal
 *   stamps an add wins over a remove. The list's value is its present elements, ordered by the stamp of
 *   the add that put each there (then its place in that change): what was there keeps its order, new
 *   elements come after. `key` names the property that identifies an element of a list of objects (its
 *   other properties travel with the element, last writer wins with it); absent for a list of plain ids.
 *   A list has no order of its own: reordering the same elements is not an edit.
 */
export type FieldPolicy = { kind: 'lww' } | { kind: 'set'; key?: string };
export type SetPolicy = Extract<FieldPolicy, { kind: 'set' }>;

export const mergePolicy: { readonly [N in EntityName]: Readonly<Record<string, FieldPolicy>> } = {
  unit: {},
  person: {},
  programme: { committee: { kind: 'set', key: 'personId' } },
  indicator: {},
  indicatorPeriod: {},
  plan: {},
  task: { cooperatingUnitIds: { kind: 'set' } },
  taskUpdate: {},
  meeting: { coChairIds: { kind: 'set' } },
  agendaItem: {},
  attendee: {},
  speech: {},
  conclusion: {},
  resolution: {},
  comment: {},
  minutesSignOff: {},
  attachment: {},
};

const LWW: FieldPolicy = { kind: 'lww' };

export function fieldPolicy(entity: string, field: string): FieldPolicy {
  const table: Readonly<Record<string, FieldPolicy>> | undefined = Object.hasOwn(mergePolicy, entity)
    ? mergePolicy[entity as EntityName]
    : undefined;
  return (table && Object.hasOwn(table, field) ? table[field] : undefined) ?? LWW;
}

/** The set policy of a field, or null when it merges last writer wins. */
export function setPolicy(entity: string, field: string): SetPolicy | null {
  const policy = fieldPolicy(entity, field);
  return policy.kind === 'set' ? policy : null;
}

/**
 * Rules that hold across records (or across fields of one record that a per-element merge can break).
 * `enforced` says who keeps the rule today; a rule nobody enforces is written here so it is not assumed.
 */
export interface CrossRecordRule {
  id: string;
  entity: EntityName;
  rule: string;
  enforced: 'server' | 'no';
  how: string;
}

export const crossRecordRules: readonly CrossRecordRule[] = [
  {
    id: 'committee-person-once',
    entity: 'programme',
    rule: 'a person holds one role in a programme committee',
    enforced: 'server',
    how: 'by construction: the committee merges as a set keyed by personId',
  },
  {
    id: 'lead-not-cooperating',
    entity: 'task',
    rule: 'the lead unit is not also a cooperating unit',
    enforced: 'server',
    how: 'the merged record is validated (taskSchema); a change whose merge breaks it is refused "invalid"',
  },
  {
    id: 'chair-not-co-chair',
    entity: 'meeting',
    rule: 'the chair is not also a co-chair',
    enforced: 'server',
    how: 'the merged record is validated (meetingSchema); a change whose merge breaks it is refused "invalid"',
  },
  {
    id: 'conclusion-number-unique',
    entity: 'conclusion',
    rule: 'conclusion numbers are unique within a meeting',
    enforced: 'no',
    how:
      'needs the meeting’s other conclusions in the push group (server/sync/push/push-group.ts, group-state.ts: ' +
      'another engineer’s files); two offices numbering offline both keep their number',
  },
  {
    id: 'resolution-number-unique',
    entity: 'resolution',
    rule: 'resolution numbers are unique within a meeting',
    enforced: 'no',
    how: 'as conclusion-number-unique',
  },
  {
    id: 'indicator-number-unique',
    entity: 'indicator',
    rule: 'indicator numbers are unique within a programme',
    enforced: 'no',
    how: 'as conclusion-number-unique',
  },
];
