import type { MeetingKind, AgendaItemKind } from '../domain/meeting.ts';
import type { CommentDisposition } from '../domain/meeting-record.ts';
import { meetingSpace } from '../domain/space.ts';
import { hoChiMinhTimestamp } from '../text/index.ts';
import type { IsoDate } from '../text/index.ts';
import type { DemoContext } from './context.ts';
import type { DemoDirectory, PersonRef } from './directory.ts';
import { pushTask } from './task-builder.ts';
import type { TaskSpec } from './task-builder.ts';

export interface AgendaSpec {
  title: string;
  kind: AgendaItemKind;
  presenter?: PersonRef;
  presenterText?: string;
}

/** A person (present, or absent with the reason) or a group of the "thành phần". */
export type AttendeeSpec =
  { person: PersonRef; role: string; absent?: string } | { group: string; role: string };

export interface SpeechSpec {
  speaker?: PersonRef;
  speakerText?: string;
  /** Index into the agenda, when the speech is on one item. */
  item?: number;
  summary: string;
}

export interface CommentSpec {
  item: number;
  author: PersonRef;
  text: string;
  disposition: CommentDisposition;
}

/** Hội nghị, as the meeting files write it, with everything recorded at it. */
export interface MeetingSpec {
  title: string;
  kind: MeetingKind;
  date: IsoDate;
  start: string;
  end: string;
  place: string;
  chair: PersonRef;
  minuteTaker: PersonRef | null;
  term: string;
  session: number;
  issuingBody: string;
  agenda: readonly AgendaSpec[];
  attendees: readonly AttendeeSpec[];
  speeches: readonly SpeechSpec[];
  resolutions: readonly string[];
  /** Kết luận, numbered 1, 2, … in this order across sections. */
  conclusions: readonly { section: string; text: string }[];
  comments: readonly CommentSpec[];
}

interface MeetingRef {
  id: string;
  spaceId: `meeting:${string}`;
}

export interface BuiltMeeting extends MeetingRef {
  /** Conclusion ids by their number (index 0 is conclusion 1). */
  conclusionIds: readonly string[];
}

/** Tasks a meeting gave, each with the number of the conclusion it comes from. */
export type ConclusionTasks = readonly (readonly [conclusion: number, spec: TaskSpec])[];

function at<T>(list: readonly T[], index: number, what: string): T {
  const value = list[index];
  if (value === undefined) throw new Error(`Demo meeting has no ${what} at index ${index}.`);
  return value;
}

function pushAgenda(ctx: DemoContext, dir: DemoDirectory, m: MeetingRef, spec: MeetingSpec): string[] {
  return spec.agenda.map((item, order) => {
    const id = ctx.nextId();
    ctx.data.agendaItem.push({
      id,
      spaceId: m.spaceId,
      meetingId: m.id,
      order,
      title: item.title,
      kind: item.kind,
      presenterId: item.presenter === undefined ? null : dir.person(item.presenter),
      presenterText: item.presenterText ?? null,
    });
    return id;
  });
}

function pushAttendees(ctx: DemoContext, dir: DemoDirectory, m: MeetingRef, spec: MeetingSpec): void {
  for (const a of spec.attendees) {
    const person = 'person' in a ? a : null;
    ctx.data.attendee.push({
      id: ctx.nextId(),
      spaceId: m.spaceId,
      meetingId: m.id,
      personId: person ? dir.person(person.person) : null,
      groupName: 'group' in a ? a.group : null,
      role: a.role,
      attendance: person?.absent === undefined ? 'present' : 'absent',
      absenceReason: person?.absent ?? null,
    });
  }
}

const HOUR = 3_600_000;

function pushRecords(ctx: DemoContext, dir: DemoDirectory, m: MeetingRef, spec: MeetingSpec): string[] {
  const agendaIds = pushAgenda(ctx, dir, m, spec);
  pushAttendees(ctx, dir, m, spec);
  spec.speeches.forEach((s, order) => {
    ctx.data.speech.push({
      id: ctx.nextId(),
      spaceId: m.spaceId,
      meetingId: m.id,
      agendaItemId: s.item === undefined ? null : at(agendaIds, s.item, 'agenda item'),
      speakerId: s.speaker === undefined ? null : dir.person(s.speaker),
      speakerText: s.speakerText ?? null,
      summary: s.summary,
      order,
    });
  });
  spec.resolutions.forEach((text, i) => {
    ctx.data.resolution.push({ id: ctx.nextId(), spaceId: m.spaceId, meetingId: m.id, number: i + 1, text });
  });
  const conclusionIds = spec.conclusions.map((c, i) => {
    const id = ctx.nextId();
    const base = { id, spaceId: m.spaceId, meetingId: m.id, number: i + 1 };
    ctx.data.conclusion.push({ ...base, text: c.text, section: c.section });
    return id;
  });
  const startsAt = hoChiMinhTimestamp(spec.date, spec.start);
  spec.comments.forEach((c, i) => {
    ctx.data.comment.push({
      id: ctx.nextId(),
      spaceId: m.spaceId,
      meetingId: m.id,
      agendaItemId: at(agendaIds, c.item, 'agenda item'),
      authorId: dir.person(c.author),
      text: c.text,
      disposition: c.disposition,
      // Written comments come in the days before the meeting, a few hours apart.
      submittedAt: startsAt - (spec.comments.length - i) * 5 * HOUR,
    });
  });
  return conclusionIds;
}

/** Builds a meeting and its agenda, attendees, speeches, resolutions, conclusions and comments. */
export function buildMeeting(ctx: DemoContext, dir: DemoDirectory, spec: MeetingSpec): BuiltMeeting {
  const id = ctx.nextId();
  const spaceId = meetingSpace(id);
  ctx.data.meeting.push({
    id,
    spaceId,
    title: spec.title,
    kind: spec.kind,
    startsAt: hoChiMinhTimestamp(spec.date, spec.start),
    endsAt: hoChiMinhTimestamp(spec.date, spec.end),
    place: spec.place,
    chairPersonId: dir.person(spec.chair),
    coChairIds: [],
    minuteTakerId: spec.minuteTaker === null ? null : dir.person(spec.minuteTaker),
    term: spec.term,
    sessionNumber: spec.session,
    issuingBody: spec.issuingBody,
  });
  const conclusionIds = pushRecords(ctx, dir, { id, spaceId }, spec);
  return { id, spaceId, conclusionIds };
}

/** Builds the tasks a meeting gave, in its space, each with its conclusion as the source. */
export function buildConclusionTasks(
  ctx: DemoContext,
  dir: DemoDirectory,
  meeting: BuiltMeeting,
  tasks: ConclusionTasks,
): void {
  for (const [number, spec] of tasks) {
    const conclusionId = at(meeting.conclusionIds, number - 1, 'conclusion');
    const source = { kind: 'conclusion' as const, meetingId: meeting.id, conclusionId };
    pushTask(ctx, dir, { spaceId: meeting.spaceId, source }, spec);
  }
}
