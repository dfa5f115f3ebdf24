import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import {
  enumSchema,
  nullableIdSchema,
  nullableViMultiline,
  nullableViText,
  timestampSchema,
} from './primitives.ts';
import { checkSpace, meetingSpace, spaceIdSchema } from './space.ts';
import { keyedIssue, viError } from './vi-issue-message.ts';

export const signOffStates = ['approved', 'withdrawn'] as const;
/**
 * approved: đã duyệt; withdrawn: đã hủy xác nhận (the office reopened the minutes). A withdrawal is a change
 * of this field, never a deletion: deleting is final in sync (a tombstone wins), and the same meeting may be
 * approved again.
 */
export type SignOffState = (typeof signOffStates)[number];

const minutesSignOffShape = {
  /** The meeting's own id: one approval per meeting, so two offices recording it offline write one record. */
  id: idSchema,
  spaceId: spaceIdSchema,
  meetingId: idSchema,
  state: enumSchema(signOffStates),
  /** The chair who approved, from the directory (chairs rarely have accounts: the office records it). */
  approverId: nullableIdSchema,
  /** The approver's name and office when not in the directory ("Đồng chí Nguyễn Văn A, Bí thư"). */
  approverText: nullableViText(300),
  /** When the chair approved the text (epoch ms). */
  approvedAt: timestampSchema,
  /** How it was approved ("Đồng chí Bí thư duyệt trực tiếp trên bản in"). */
  note: nullableViMultiline(2000),
};

export const minutesSignOffBaseSchema = z.strictObject(minutesSignOffShape, viError);

/**
 * Xác nhận biên bản — the chair's approval of a meeting's minutes, recorded by the office. While it stands
 * (`approved`) the minutes are read-only for everyone but the office (shared/authz/minutes-office.ts),
 * and the server refuses their updates from anyone else.
 */
export const minutesSignOffSchema = minutesSignOffBaseSchema.superRefine((signOff, ctx) => {
  checkSpace(ctx, signOff.spaceId, meetingSpace(signOff.meetingId), 'ofMeeting');
  if (signOff.id !== signOff.meetingId) {
    ctx.addIssue({ code: 'custom', path: ['id'], ...keyedIssue('signOff.idIsMeeting') });
  }
  if (signOff.approverId === null && signOff.approverText === null) {
    ctx.addIssue({ code: 'custom', path: ['approverId'], ...keyedIssue('signOff.approverNeeded') });
  }
});
export type MinutesSignOff = z.infer<typeof minutesSignOffSchema>;
export const minutesSignOffPatchSchema = minutesSignOffBaseSchema
  .omit({ id: true, spaceId: true, meetingId: true })
  .partial();
