import { z } from 'zod';
import { isUuidv7, UUIDV7_PATTERN } from '../ids/id-schema.ts';
import { keyedError, keyedIssue, requiredOr } from './vi-issue-message.ts';

/** Không gian dữ liệu — the space a record belongs to, the unit of sync and of permission. */
export type SpaceId = 'directory' | `programme:${string}` | `meeting:${string}` | `unit:${string}`;

/** The directory: units and people, readable by every user. */
export const DIRECTORY_SPACE = 'directory' satisfies SpaceId;

const UUID = UUIDV7_PATTERN.source.slice(1, -1);
export const SPACE_ID_PATTERN = new RegExp(`^(?:directory|programme:${UUID}|meeting:${UUID}|unit:${UUID})$`);

function checkId(id: string): void {
  if (!isUuidv7(id)) throw new RangeError(`Not a UUID v7: ${JSON.stringify(id)}.`);
}

/** The space of a programme and everything under it (indicators, results, plans, their tasks). */
export function programmeSpace(programmeId: string): `programme:${string}` {
  checkId(programmeId);
  return `programme:${programmeId}`;
}

/** The space of a meeting and everything under it (agenda, attendees, speeches, conclusions). */
export function meetingSpace(meetingId: string): `meeting:${string}` {
  checkId(meetingId);
  return `meeting:${meetingId}`;
}

/**
 * A unit's own space: the tasks a unit gives itself (no programme or meeting behind them), their reports and
 * files. The unit's members write it; others read it when granted (e.g. the unit it reports to).
 */
export function unitSpace(unitId: string): `unit:${string}` {
  checkId(unitId);
  return `unit:${unitId}`;
}

export type ParsedSpace =
  | { kind: 'directory' }
  | { kind: 'programme'; programmeId: string }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'unit'; unitId: string };

/** What a space id stands for, or null when it is not one. */
export function parseSpaceId(spaceId: string): ParsedSpace | null {
  if (!SPACE_ID_PATTERN.test(spaceId)) return null;
  if (spaceId === DIRECTORY_SPACE) return { kind: 'directory' };
  const [kind, id = ''] = spaceId.split(':');
  if (kind === 'programme') return { kind: 'programme', programmeId: id };
  if (kind === 'unit') return { kind: 'unit', unitId: id };
  return { kind: 'meeting', meetingId: id };
}

export function isSpaceId(value: unknown): value is SpaceId {
  return typeof value === 'string' && SPACE_ID_PATTERN.test(value);
}

/** 'directory', 'programme:<uuid v7>', 'meeting:<uuid v7>' or 'unit:<uuid v7>'. */
export const spaceIdSchema = z
  .string(requiredOr('space.notString'))
  .refine(isSpaceId, keyedError('space.invalid'));

/** Adds an issue on `spaceId` when a record is not in the space its parent implies. */
/** Whose space a record's `spaceId` must be, as the message names it. */
export type SpaceOwner =
  'ofThisMeeting' | 'ofMeeting' | 'ofThisProgramme' | 'ofProgramme' | 'ofSource' | 'ofOwner';

export function checkSpace(ctx: z.RefinementCtx, actual: string, expected: string, owner: SpaceOwner): void {
  if (actual !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: ['spaceId'],
      input: actual,
      ...keyedIssue(`space.${owner}`, { expected }),
    });
  }
}
