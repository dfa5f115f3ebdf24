import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import {
  enumSchema,
  nullableIdSchema,
  nullableViText,
  ordinalSchema,
  timestampSchema,
  viMultiline,
} from './primitives.ts';
import { checkSpace, meetingSpace, spaceIdSchema } from './space.ts';
import { viError } from './vi-issue-message.ts';

const inMeeting = (record: { spaceId: string; meetingId: string }, ctx: z.RefinementCtx) =>
  checkSpace(ctx, record.spaceId, meetingSpace(record.meetingId), 'ofMeeting');

const speechShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  agendaItemId: nullableIdSchema,
  speakerId: nullableIdSchema,
  speakerText: nullableViText(300),
  summary: viMultiline(1, 20_000),
  order: z.number(viError).int(viError).min(0, viError).max(100_000, viError),
};

export const speechBaseSchema = z.strictObject(speechShape, viError);

/** Ý kiến phát biểu — a speech at a meeting, summarised for the minutes. */
export const speechSchema = speechBaseSchema.superRefine(inMeeting);
export type Speech = z.infer<typeof speechSchema>;
export const speechPatchSchema = speechBaseSchema.omit({ id: true, spaceId: true }).partial();

const conclusionShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  number: ordinalSchema,
  text: viMultiline(1, 20_000),
  section: nullableViText(200),
};

export const conclusionBaseSchema = z.strictObject(conclusionShape, viError);

/** Kết luận — a numbered conclusion of a meeting (section e.g. "Giao nhiệm vụ"); tasks may come from it. */
export const conclusionSchema = conclusionBaseSchema.superRefine(inMeeting);
export type Conclusion = z.infer<typeof conclusionSchema>;
export const conclusionPatchSchema = conclusionBaseSchema.omit({ id: true, spaceId: true }).partial();

const resolutionShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  number: ordinalSchema,
  text: viMultiline(1, 20_000),
};

export const resolutionBaseSchema = z.strictObject(resolutionShape, viError);

/** Quyết nghị — a numbered resolution of a meeting ("1. Thống nhất các văn bản…"). */
export const resolutionSchema = resolutionBaseSchema.superRefine(inMeeting);
export type Resolution = z.infer<typeof resolutionSchema>;
export const resolutionPatchSchema = resolutionBaseSchema.omit({ id: true, spaceId: true }).partial();

export const commentDispositions = ['pending', 'accepted', 'explained', 'noted'] as const;
/** Tiếp thu góp ý — pending: chờ xử lý; accepted: tiếp thu; explained: giải trình; noted: ghi nhận. */
export type CommentDisposition = (typeof commentDispositions)[number];

const commentShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  agendaItemId: idSchema,
  authorId: nullableIdSchema,
  text: viMultiline(1, 20_000),
  disposition: enumSchema(commentDispositions),
  /**
   * When the comment was given (epoch ms). Optional and nullable so comments stored before the field
   * existed, locally or on the server, stay valid without a migration.
   */
  submittedAt: timestampSchema.nullable().optional(),
  /**
   * The version of the draft the comment was made on (an attachment of the agenda item), so a comment on
   * version 2 still says so once version 3 is up. Optional like `submittedAt`, for the same reason.
   */
  attachmentId: nullableIdSchema.optional(),
};

export const commentBaseSchema = z.strictObject(commentShape, viError);

/** Góp ý — a written comment on a draft put to a meeting, and how the drafters dealt with it. */
export const commentSchema = commentBaseSchema.superRefine(inMeeting);
export type Comment = z.infer<typeof commentSchema>;
export const commentPatchSchema = commentBaseSchema.omit({ id: true, spaceId: true }).partial();
