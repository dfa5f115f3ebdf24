import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import {
  enumSchema,
  idListSchema,
  nullableIdSchema,
  nullableViMultiline,
  nullableViText,
  timestampSchema,
  viText,
} from './primitives.ts';
import { checkSpace, meetingSpace, spaceIdSchema } from './space.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

export const meetingKinds = ['plenum', 'standing', 'review', 'briefing', 'other'] as const;
/**
 * Loại hội nghị — plenum: hội nghị Ban Chấp hành; standing: Ban Thường vụ; review: sơ kết, tổng kết;
 * briefing: giao ban; other: khác.
 */
export type MeetingKind = (typeof meetingKinds)[number];

/** Khóa — a term in Roman numerals ("IV", "VI", "XIII"). */
export const ROMAN_TERM_PATTERN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const meetingShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  title: viText(1, 1000),
  kind: enumSchema(meetingKinds),
  startsAt: timestampSchema,
  endsAt: timestampSchema.nullable(),
  place: viText(0, 300),
  chairPersonId: nullableIdSchema,
  coChairIds: idListSchema(20),
  minuteTakerId: nullableIdSchema,
  term: viText(1, 10).regex(ROMAN_TERM_PATTERN, keyedError('meeting.term')).nullable(),
  sessionNumber: z.number(viError).int(viError).min(1, viError).max(1000, viError).nullable(),
  issuingBody: nullableViText(200),
};

export const meetingBaseSchema = z.strictObject(meetingShape, viError);

/** Hội nghị — a meeting ("Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV"). Times are epoch ms. */
export const meetingSchema = meetingBaseSchema.superRefine((meeting, ctx) => {
  checkSpace(ctx, meeting.spaceId, meetingSpace(meeting.id), 'ofThisMeeting');
  if (meeting.endsAt !== null && meeting.endsAt < meeting.startsAt) {
    ctx.addIssue({ code: 'custom', path: ['endsAt'], ...keyedIssue('meeting.endsBeforeStart') });
  }
  if (meeting.chairPersonId !== null && meeting.coChairIds.includes(meeting.chairPersonId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['coChairIds'],
      ...keyedIssue('meeting.chairIsCoChair'),
    });
  }
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingPatchSchema = meetingBaseSchema.omit({ id: true, spaceId: true }).partial();

export const agendaItemKinds = ['report', 'draft', 'submission', 'other'] as const;
/** Loại nội dung — report: báo cáo; draft: dự thảo; submission: tờ trình; other: khác. */
export type AgendaItemKind = (typeof agendaItemKinds)[number];

const agendaItemShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  order: z.number(viError).int(viError).min(0, viError).max(10_000, viError),
  title: viText(1, 1000),
  kind: enumSchema(agendaItemKinds),
  presenterId: nullableIdSchema,
  presenterText: nullableViText(300),
};

export const agendaItemBaseSchema = z.strictObject(agendaItemShape, viError);

/** Nội dung chương trình hội nghị — an agenda item, usually a draft put to the meeting for comments. */
export const agendaItemSchema = agendaItemBaseSchema.superRefine((item, ctx) => {
  checkSpace(ctx, item.spaceId, meetingSpace(item.meetingId), 'ofMeeting');
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaItemPatchSchema = agendaItemBaseSchema.omit({ id: true, spaceId: true }).partial();

export const attendanceValues = ['present', 'online', 'absent', 'unknown'] as const;
/** Điểm danh — present: có mặt; online: dự trực tuyến; absent: vắng mặt; unknown: chưa rõ. */
export type Attendance = (typeof attendanceValues)[number];

const attendeeShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  personId: nullableIdSchema,
  groupName: nullableViText(500),
  role: nullableViText(300),
  attendance: enumSchema(attendanceValues),
  absenceReason: nullableViMultiline(1000),
};

export const attendeeBaseSchema = z.strictObject(attendeeShape, viError);

/** Thành phần dự họp — one attendee: a person, or a group ("Bí thư Đảng ủy, Chủ tịch UBND 14 phường"). */
export const attendeeSchema = attendeeBaseSchema.superRefine((attendee, ctx) => {
  checkSpace(ctx, attendee.spaceId, meetingSpace(attendee.meetingId), 'ofMeeting');
  if (attendee.personId === null && attendee.groupName === null) {
    ctx.addIssue({ code: 'custom', path: ['personId'], ...keyedIssue('attendee.who') });
  }
  if (attendee.attendance === 'absent' && attendee.absenceReason === null) {
    ctx.addIssue({ code: 'custom', path: ['absenceReason'], ...keyedIssue('attendee.absenceReason') });
  }
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const attendeePatchSchema = attendeeBaseSchema.omit({ id: true, spaceId: true }).partial();
