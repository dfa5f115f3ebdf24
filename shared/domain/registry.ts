import type { z } from 'zod';
import { personPatchSchema, personSchema, unitPatchSchema, unitSchema } from './directory.ts';
import { formatZodIssues } from './format-issues.ts';
import {
  indicatorPatchSchema,
  indicatorPeriodPatchSchema,
  indicatorPeriodSchema,
  indicatorSchema,
} from './indicator.ts';
import {
  commentPatchSchema,
  commentSchema,
  conclusionPatchSchema,
  conclusionSchema,
  resolutionPatchSchema,
  resolutionSchema,
  speechPatchSchema,
  speechSchema,
} from './meeting-record.ts';
import {
  agendaItemPatchSchema,
  agendaItemSchema,
  attendeePatchSchema,
  attendeeSchema,
  meetingPatchSchema,
  meetingSchema,
} from './meeting.ts';
import { minutesSignOffPatchSchema, minutesSignOffSchema } from './minutes-signoff.ts';
import { attachmentPatchSchema, attachmentSchema } from './attachment.ts';
import { planPatchSchema, planSchema, programmePatchSchema, programmeSchema } from './programme.ts';
import { taskPatchSchema, taskSchema, taskUpdatePatchSchema, taskUpdateSchema } from './task.ts';
import { group } from '../i18n/locale.ts';
import { labelsVi } from '../i18n/labels-vi.ts';

/** Every kind of record, by the name sync, storage and IPC use for it. */
export const entitySchemas = {
  unit: unitSchema,
  person: personSchema,
  programme: programmeSchema,
  indicator: indicatorSchema,
  indicatorPeriod: indicatorPeriodSchema,
  plan: planSchema,
  task: taskSchema,
  taskUpdate: taskUpdateSchema,
  meeting: meetingSchema,
  agendaItem: agendaItemSchema,
  attendee: attendeeSchema,
  speech: speechSchema,
  conclusion: conclusionSchema,
  resolution: resolutionSchema,
  comment: commentSchema,
  minutesSignOff: minutesSignOffSchema,
  attachment: attachmentSchema,
} as const;

export type EntityName = keyof typeof entitySchemas;
/** The parsed record of an entity. */
export type EntityOf<N extends EntityName> = z.output<(typeof entitySchemas)[N]>;
/** What a caller may hand in for an entity before parsing. */
export type EntityInputOf<N extends EntityName> = z.input<(typeof entitySchemas)[N]>;

/**
 * The edit form of each entity: every business field optional, `id` and `spaceId` refused (they never
 * change). A patch is checked field by field; rules across fields are checked on the patched record.
 */
export const entityPatchSchemas = {
  unit: unitPatchSchema,
  person: personPatchSchema,
  programme: programmePatchSchema,
  indicator: indicatorPatchSchema,
  indicatorPeriod: indicatorPeriodPatchSchema,
  plan: planPatchSchema,
  task: taskPatchSchema,
  taskUpdate: taskUpdatePatchSchema,
  meeting: meetingPatchSchema,
  agendaItem: agendaItemPatchSchema,
  attendee: attendeePatchSchema,
  speech: speechPatchSchema,
  conclusion: conclusionPatchSchema,
  resolution: resolutionPatchSchema,
  comment: commentPatchSchema,
  minutesSignOff: minutesSignOffPatchSchema,
  attachment: attachmentPatchSchema,
} as const satisfies Record<EntityName, z.ZodType>;

export type EntityPatchOf<N extends EntityName> = z.output<(typeof entityPatchSchemas)[N]>;

/** What a caller may hand in as a patch of an entity before parsing (the write path's `updateRecord`). */
export type EntityPatchInputOf<N extends EntityName> = z.input<(typeof entityPatchSchemas)[N]>;

/** Tên loại bản ghi — what each entity is called in Vietnamese. */
export const entityLabels: Readonly<Record<EntityName, string>> = group(labelsVi, 'entity.');

export const entityNames = Object.keys(entitySchemas) as EntityName[];

export function isEntityName(value: unknown): value is EntityName {
  return typeof value === 'string' && Object.hasOwn(entitySchemas, value);
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** Parses a whole record of entity `name`; the issues are Vietnamese lines for the user. */
export function validateEntity<N extends EntityName>(name: N, input: unknown): ValidationResult<EntityOf<N>> {
  const parsed = entitySchemas[name].safeParse(input);
  if (!parsed.success) return { ok: false, issues: formatZodIssues(parsed.error) };
  return { ok: true, value: parsed.data as EntityOf<N> };
}

/** Checks a patch field by field, applies it to `current`, and checks the patched record as a whole. */
export function applyEntityPatch<N extends EntityName>(
  name: N,
  current: EntityOf<N>,
  patch: unknown,
): ValidationResult<EntityOf<N>> {
  const parsedPatch = entityPatchSchemas[name].safeParse(patch);
  if (!parsedPatch.success) return { ok: false, issues: formatZodIssues(parsedPatch.error) };
  const defined = Object.entries(parsedPatch.data).filter(([, value]) => value !== undefined);
  return validateEntity(name, { ...current, ...Object.fromEntries(defined) });
}
