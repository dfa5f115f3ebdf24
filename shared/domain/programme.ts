import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import { enumSchema, nullableIdSchema, nullableViText, viText, yearSchema } from './primitives.ts';
import { checkSpace, programmeSpace, spaceIdSchema } from './space.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

/**
 * Số hiệu chương trình: number, "CTr", issuing body in capitals ("01-CTr/QU", "10-CTr/TU", "05-CTr/ĐU",
 * "02-CTr/BCSĐ").
 */
export const PROGRAMME_CODE_PATTERN = /^\d{1,3}-CTr\/[A-ZĐ][A-ZĐ0-9]{0,9}(?:-[A-ZĐ0-9]{1,10})?$/u;

export const programmeCodeSchema = viText(1, 40).regex(PROGRAMME_CODE_PATTERN, keyedError('programme.code'));

export const committeeRoles = ['chair', 'vice_chair', 'member'] as const;
/** Vai trò trong Ban Chủ nhiệm — chair: chủ nhiệm; vice_chair: phó chủ nhiệm; member: thành viên. */
export type CommitteeRole = (typeof committeeRoles)[number];

/** Thành viên Ban Chủ nhiệm chương trình — one member of a programme's steering committee. */
export const committeeMemberSchema = z.strictObject(
  { personId: idSchema, role: enumSchema(committeeRoles) },
  viError,
);
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;

const committeeSchema = z
  .array(committeeMemberSchema, viError)
  .max(100, viError)
  .refine(
    (members) => new Set(members.map((m) => m.personId)).size === members.length,
    keyedError('programme.committeeRoles'),
  );

const programmeShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  code: programmeCodeSchema,
  title: viText(1, 1000),
  termStart: yearSchema,
  termEnd: yearSchema,
  issuingBody: viText(1, 200),
  higherProgrammeCode: programmeCodeSchema.nullable(),
  committee: committeeSchema,
  standingAgencyUnitId: nullableIdSchema,
};

export const programmeBaseSchema = z.strictObject(programmeShape, viError);

/** Chương trình công tác toàn khóa — a whole-term programme ("Chương trình số 01-CTr/QU", 2020–2025). */
export const programmeSchema = programmeBaseSchema.superRefine((programme, ctx) => {
  checkSpace(ctx, programme.spaceId, programmeSpace(programme.id), 'ofThisProgramme');
  if (programme.termEnd < programme.termStart) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], ...keyedIssue('programme.termEndBeforeStart') });
  }
  if (programme.termEnd - programme.termStart > 10) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], ...keyedIssue('programme.termTooLong') });
  }
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmePatchSchema = programmeBaseSchema.omit({ id: true, spaceId: true }).partial();

const planShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  programmeId: idSchema,
  year: yearSchema,
  title: viText(1, 1000),
  code: nullableViText(40),
};

export const planBaseSchema = z.strictObject(planShape, viError);

/** Kế hoạch thực hiện — a yearly implementation plan under a programme; it holds tasks. */
export const planSchema = planBaseSchema.superRefine((plan, ctx) => {
  checkSpace(ctx, plan.spaceId, programmeSpace(plan.programmeId), 'ofProgramme');
});
export type Plan = z.infer<typeof planSchema>;

export const planPatchSchema = planBaseSchema.omit({ id: true, spaceId: true }).partial();
