import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import { displayFileName } from '../files/file-name.ts';
import { sha256Schema } from '../sync/blobs-api.ts';
import { ordinalSchema, timestampSchema, viText } from './primitives.ts';
import { checkSpace, meetingSpace, programmeSpace, spaceIdSchema } from './space.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

/**
 * What a file is attached to: an agenda item (the drafts put to the meeting), a meeting (programme,
 * invitation), a programme, a task or a progress report (evidence). The ids that fix the space travel
 * with it, as a task's source does, so the record's space can be checked from the record alone.
 */
export const attachmentOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('agendaItem'), meetingId: idSchema, agendaItemId: idSchema }, viError),
    z.strictObject({ kind: z.literal('meeting'), meetingId: idSchema }, viError),
    z.strictObject({ kind: z.literal('programme'), programmeId: idSchema }, viError),
    z.strictObject({ kind: z.literal('task'), taskId: idSchema }, viError),
    z.strictObject({ kind: z.literal('taskUpdate'), taskId: idSchema, taskUpdateId: idSchema }, viError),
  ],
  keyedError('attachment.owner'),
);
export type AttachmentOwner = z.infer<typeof attachmentOwnerSchema>;

/** A media type as browsers and systems name it ("application/pdf"); unknown files are octet-stream. */
const mediaTypeSchema = z
  .string(viError)
  .max(200, viError)
  .regex(/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i, keyedError('attachment.mediaType'));

const attachmentShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  owner: attachmentOwnerSchema,
  /**
   * The document this file is a version of: the id of its first version ("Dự thảo Báo cáo chính trị",
   * version 1, 2, 3 … share it). A first version names itself.
   */
  seriesId: idSchema,
  version: ordinalSchema,
  /** As shown, never a path (shared/files/file-name.ts): NFC, no folders, no control characters. */
  name: viText(1, 200).refine((name) => displayFileName(name) === name, keyedError('attachment.name')),
  size: z.number(viError).int(viError).min(0, viError).max(Number.MAX_SAFE_INTEGER, viError),
  mediaType: mediaTypeSchema,
  sha256: sha256Schema,
  /** Who uploaded it, as the app named them then (an account's display name). */
  uploader: viText(0, 200),
  uploadedAt: timestampSchema,
};

export const attachmentBaseSchema = z.strictObject(attachmentShape, viError);

/** The space an attachment must live in, when its owner alone fixes it (tasks: the server checks it). */
export function attachmentOwnerSpace(owner: AttachmentOwner): string | null {
  if (owner.kind === 'agendaItem' || owner.kind === 'meeting') return meetingSpace(owner.meetingId);
  if (owner.kind === 'programme') return programmeSpace(owner.programmeId);
  return null;
}

/** Tài liệu — a file attached to a record; its bytes are a blob named by `sha256` (shared/sync/blobs-api.ts). */
export const attachmentSchema = attachmentBaseSchema.superRefine((attachment, ctx) => {
  const expected = attachmentOwnerSpace(attachment.owner);
  if (expected !== null) checkSpace(ctx, attachment.spaceId, expected, 'ofOwner');
  if (attachment.version === 1 && attachment.seriesId !== attachment.id) {
    ctx.addIssue({ code: 'custom', path: ['seriesId'], ...keyedIssue('attachment.firstVersion') });
  }
});
export type Attachment = z.infer<typeof attachmentSchema>;
export const attachmentPatchSchema = attachmentBaseSchema
  .omit({ id: true, spaceId: true, owner: true, seriesId: true, version: true, sha256: true, size: true })
  .partial();
