import type { EntityName } from '../../../shared/domain/registry.ts';

/** The word lists a field's value is one of (each named in the catalogues). */
export type EnumGroup =
  | 'taskStatus'
  | 'taskPriority'
  | 'indicatorStatus'
  | 'direction'
  | 'meetingKind'
  | 'agendaKind'
  | 'attendance'
  | 'disposition'
  | 'signOffState'
  | 'unitKind';

/** How a history line shows a field's value. */
export type FieldKind =
  | { kind: 'ref'; entity: EntityName }
  | { kind: 'refs'; entity: EntityName }
  | { kind: 'enum'; group: EnumGroup }
  | { kind: 'date' }
  | { kind: 'time' }
  | { kind: 'year' }
  | { kind: 'figure' }
  | { kind: 'period' }
  | { kind: 'source' }
  | { kind: 'committee' }
  | { kind: 'override' }
  | { kind: 'plain' };

const ref = (entity: EntityName): FieldKind => ({ kind: 'ref', entity });
const refs = (entity: EntityName): FieldKind => ({ kind: 'refs', entity });
const enumOf = (group: EnumGroup): FieldKind => ({ kind: 'enum', group });

/** Fields whose kind is the same in every entity that has them. */
const BY_FIELD: Readonly<Record<string, FieldKind>> = {
  unitId: ref('unit'),
  parentId: ref('unit'),
  standingAgencyUnitId: ref('unit'),
  leadUnitId: ref('unit'),
  cooperatingUnitIds: refs('unit'),
  personId: ref('person'),
  responsiblePersonId: ref('person'),
  assignedByPersonId: ref('person'),
  difficultRegistrantId: ref('person'),
  authorId: ref('person'),
  chairPersonId: ref('person'),
  minuteTakerId: ref('person'),
  presenterId: ref('person'),
  speakerId: ref('person'),
  approverId: ref('person'),
  enteredBy: ref('person'),
  coChairIds: refs('person'),
  programmeId: ref('programme'),
  indicatorId: ref('indicator'),
  planId: ref('plan'),
  meetingId: ref('meeting'),
  conclusionId: ref('conclusion'),
  taskId: ref('task'),
  agendaItemId: ref('agendaItem'),
  attachmentId: ref('attachment'),
  deadline: { kind: 'date' },
  reportDate: { kind: 'date' },
  enteredAt: { kind: 'time' },
  startsAt: { kind: 'time' },
  endsAt: { kind: 'time' },
  submittedAt: { kind: 'time' },
  approvedAt: { kind: 'time' },
  uploadedAt: { kind: 'time' },
  termStart: { kind: 'year' },
  termEnd: { kind: 'year' },
  year: { kind: 'year' },
  difficultYear: { kind: 'year' },
  baseline: { kind: 'figure' },
  termTarget: { kind: 'figure' },
  planned: { kind: 'figure' },
  result: { kind: 'figure' },
  progress: { kind: 'figure' },
  period: { kind: 'period' },
  source: { kind: 'source' },
  committee: { kind: 'committee' },
  statusOverride: { kind: 'override' },
  direction: enumOf('direction'),
  priority: enumOf('taskPriority'),
  attendance: enumOf('attendance'),
  disposition: enumOf('disposition'),
};

/** Fields named alike in several entities but holding different things. */
const BY_ENTITY: Partial<Record<EntityName, Readonly<Record<string, FieldKind>>>> = {
  unit: { kind: enumOf('unitKind') },
  task: { status: enumOf('taskStatus') },
  meeting: { kind: enumOf('meetingKind') },
  agendaItem: { kind: enumOf('agendaKind') },
  minutesSignOff: { state: enumOf('signOffState') },
};

/**
 * Fields a history never shows: those that say where a record belongs and never change once it exists
 * (its programme, indicator, period, task or meeting), the space, and the stamps.
 */
const FIXED: Partial<Record<EntityName, readonly string[]>> = {
  indicator: ['programmeId'],
  indicatorPeriod: ['indicatorId', 'programmeId', 'period'],
  plan: ['programmeId'],
  taskUpdate: ['taskId'],
  agendaItem: ['meetingId'],
  attendee: ['meetingId'],
  speech: ['meetingId'],
  conclusion: ['meetingId'],
  resolution: ['meetingId'],
  comment: ['meetingId', 'agendaItemId'],
  minutesSignOff: ['meetingId'],
  attachment: ['owner', 'seriesId', 'version', 'sha256', 'size'],
};

const NEVER_SHOWN = new Set(['id', 'spaceId']);

export function fieldKind(entity: EntityName, field: string): FieldKind {
  return BY_ENTITY[entity]?.[field] ?? BY_FIELD[field] ?? { kind: 'plain' };
}

/** Internal: `_`-prefixed (but the tombstone, which a history shows as a deletion), the space, fixed ids. */
export function isHiddenField(entity: EntityName, field: string): boolean {
  if (field === '_deleted') return false;
  return field.startsWith('_') || NEVER_SHOWN.has(field) || (FIXED[entity]?.includes(field) ?? false);
}

type Row = Record<string, unknown>;
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The records a value names (for loading their names): "entity:id" pairs. */
export function referencesIn(entity: EntityName, field: string, value: unknown): Array<[EntityName, string]> {
  const kind = fieldKind(entity, field);
  if (kind.kind === 'ref') return isId(value) ? [[kind.entity, value]] : [];
  if (kind.kind === 'refs')
    return Array.isArray(value)
      ? value.filter(isId).map((id) => [kind.entity, id] as [EntityName, string])
      : [];
  if (kind.kind === 'committee' && Array.isArray(value))
    return value.flatMap((member: Row) =>
      isId(member.personId) ? [['person', member.personId]] : [],
    ) as Array<[EntityName, string]>;
  if (kind.kind === 'source' && value && typeof value === 'object') {
    const source = value as Row;
    const named: Array<[EntityName, string]> = [];
    if (isId(source.planId)) named.push(['plan', source.planId]);
    else if (isId(source.conclusionId)) named.push(['conclusion', source.conclusionId]);
    else if (isId(source.programmeId)) named.push(['programme', source.programmeId]);
    return named;
  }
  return [];
}
