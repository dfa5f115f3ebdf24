import { z } from 'zod';
import { idSchema } from '../ids/id-schema.ts';
import {
  booleanSchema,
  enumSchema,
  figureSchema,
  nullableIdSchema,
  ordinalSchema,
  timestampSchema,
  viMultiline,
  viText,
  yearSchema,
} from './primitives.ts';
import { checkSpace, programmeSpace, spaceIdSchema } from './space.ts';
import { keyedIssue, viError } from './vi-issue-message.ts';

export const indicatorDirections = ['increase', 'decrease', 'keep', 'boolean'] as const;
/**
 * Chiều đánh giá — increase: tăng (higher is better); decrease: giảm (a falling rate, "giảm tỷ lệ hộ
 * nghèo"); keep: duy trì (hold at least the target); boolean: có/không (done or not, results 1/0).
 */
export type IndicatorDirection = (typeof indicatorDirections)[number];

export const indicatorStatuses = ['exceeded', 'achieved', 'expected', 'in_progress', 'not_achieved'] as const;
/** Đánh giá chỉ tiêu — vượt, đạt, dự kiến đạt, đang thực hiện, chưa đạt. */
export type IndicatorStatus = (typeof indicatorStatuses)[number];

export const periodKinds = ['year', 'h1', 'q3'] as const;
/** Kỳ đánh giá — year: cả năm; h1: 6 tháng đầu năm; q3: 9 tháng. */
export type PeriodKind = (typeof periodKinds)[number];

const indicatorShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  programmeId: idSchema,
  number: ordinalSchema.max(999, viError),
  name: viText(1, 1000),
  unitOfMeasure: viText(0, 50),
  direction: enumSchema(indicatorDirections),
  baseline: figureSchema.nullable(),
  termTarget: figureSchema.nullable(),
  congressResolution: booleanSchema,
  leadUnitId: nullableIdSchema,
  note: viMultiline(0, 4000),
};

export const indicatorBaseSchema = z.strictObject(indicatorShape, viError);

/** Chỉ tiêu — a numbered indicator of a programme, with its term target. */
export const indicatorSchema = indicatorBaseSchema.superRefine((indicator, ctx) => {
  checkSpace(ctx, indicator.spaceId, programmeSpace(indicator.programmeId), 'ofProgramme');
  if (indicator.direction === 'boolean' && indicator.termTarget !== null && indicator.termTarget !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['termTarget'],
      ...keyedIssue('indicator.booleanValue'),
    });
  }
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorPatchSchema = indicatorBaseSchema.omit({ id: true, spaceId: true }).partial();

/** Kỳ — which stretch of a year a figure covers. */
export const periodSchema = z.strictObject({ year: yearSchema, kind: enumSchema(periodKinds) }, viError);
export type Period = z.infer<typeof periodSchema>;

/** Đánh giá thủ công — a status set by hand, always with the reason for it. */
export const statusOverrideSchema = z.strictObject(
  { status: enumSchema(indicatorStatuses), reason: viMultiline(1, 2000) },
  viError,
);
export type StatusOverride = z.infer<typeof statusOverrideSchema>;

const indicatorPeriodShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  indicatorId: idSchema,
  programmeId: idSchema,
  period: periodSchema,
  planned: figureSchema.nullable(),
  result: figureSchema.nullable(),
  note: viMultiline(0, 4000),
  statusOverride: statusOverrideSchema.nullable(),
  enteredBy: nullableIdSchema,
  /** When the figures were entered (epoch ms); the audit log keeps every earlier value. */
  enteredAt: timestampSchema.nullable(),
};

export const indicatorPeriodBaseSchema = z.strictObject(indicatorPeriodShape, viError);

/** Kết quả theo kỳ — the planned value and the result of an indicator for one period. */
export const indicatorPeriodSchema = indicatorPeriodBaseSchema.superRefine((entry, ctx) => {
  checkSpace(ctx, entry.spaceId, programmeSpace(entry.programmeId), 'ofProgramme');
});
export type IndicatorPeriod = z.infer<typeof indicatorPeriodSchema>;

export const indicatorPeriodPatchSchema = indicatorPeriodBaseSchema
  .omit({ id: true, spaceId: true })
  .partial();
