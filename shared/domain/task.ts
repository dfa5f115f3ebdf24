import { z } from 'zod';
import { idSchema, isUuidv7 } from '../ids/id-schema.ts';
import {
  booleanSchema,
  enumSchema,
  idListSchema,
  isoDateSchema,
  nullableIdSchema,
  nullableViText,
  progressSchema,
  viMultiline,
  viText,
  yearSchema,
} from './primitives.ts';
import { checkSpace, meetingSpace, programmeSpace, spaceIdSchema, unitSpace } from './space.ts';
import { keyedError, keyedIssue, viError } from './vi-issue-message.ts';

export const taskStatuses = ['not_started', 'in_progress', 'done', 'paused'] as const;
/** Trạng thái nhiệm vụ (stored) — chưa bắt đầu, đang thực hiện, hoàn thành, tạm dừng. "Quá hạn" is computed. */
export type TaskStatus = (typeof taskStatuses)[number];

export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const;
/** Mức ưu tiên — thấp, bình thường, cao, khẩn. */
export type TaskPriority = (typeof taskPriorities)[number];

/** Nguồn giao nhiệm vụ — where a task comes from: a programme, a plan, a numbered conclusion, or nowhere. */
export const taskSourceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('programme'), programmeId: idSchema }, viError),
    z.strictObject({ kind: z.literal('plan'), planId: idSchema, programmeId: idSchema }, viError),
    z.strictObject({ kind: z.literal('conclusion'), meetingId: idSchema, conclusionId: idSchema }, viError),
    z.strictObject({ kind: z.literal('none') }, viError),
  ],
  keyedError('task.source'),
);
export type TaskSource = z.infer<typeof taskSourceSchema>;

const taskShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  title: viText(1, 1000),
  description: viMultiline(0, 10_000),
  source: taskSourceSchema,
  leadUnitId: idSchema,
  cooperatingUnitIds: idListSchema(200),
  responsiblePersonId: nullableIdSchema,
  assignedByPersonId: nullableIdSchema,
  deadline: isoDateSchema.nullable(),
  deadlineText: nullableViText(300),
  priority: enumSchema(taskPriorities),
  status: enumSchema(taskStatuses),
  progress: progressSchema,
  difficult: booleanSchema,
  difficultRegistrantId: nullableIdSchema,
  difficultYear: yearSchema.nullable(),
};

export const taskBaseSchema = z.strictObject(taskShape, viError);

/** The space a task must live in, given its source (and, for a unit's own task, its lead unit). */
export function taskSourceSpace(source: TaskSource, leadUnitId: string): string {
  switch (source.kind) {
    case 'programme':
    case 'plan':
      return programmeSpace(source.programmeId);
    case 'conclusion':
      return meetingSpace(source.meetingId);
    case 'none':
      // A unit's own task lives in the unit's space (its lead unit cannot change: the space never does).
      return unitSpace(leadUnitId);
  }
}

/**
 * Nhiệm vụ — an assigned task: lead unit (đơn vị chủ trì), cooperating units (phối hợp), deadline,
 * status and progress; a registered difficult task (đăng ký nhiệm vụ khó) names who registered it and when.
 */
export const taskSchema = taskBaseSchema.superRefine((task, ctx) => {
  if (isUuidv7(task.leadUnitId))
    checkSpace(ctx, task.spaceId, taskSourceSpace(task.source, task.leadUnitId), 'ofSource');
  if (task.cooperatingUnitIds.includes(task.leadUnitId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['cooperatingUnitIds'],
      ...keyedIssue('task.leadIsCooperating'),
    });
  }
  if (!task.difficult && (task.difficultRegistrantId !== null || task.difficultYear !== null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['difficult'],
      ...keyedIssue('task.difficultOnly'),
    });
  }
});
export type Task = z.infer<typeof taskSchema>;

/** Where a new task starts, however it is made (the task form, a meeting's conclusion). */
export const newTaskDefaults = {
  priority: 'normal',
  status: 'not_started',
  progress: 0,
  difficult: false,
  difficultRegistrantId: null,
  difficultYear: null,
} as const satisfies Partial<Task>;

export const taskPatchSchema = taskBaseSchema.omit({ id: true, spaceId: true }).partial();

const taskUpdateShape = {
  id: idSchema,
  spaceId: spaceIdSchema,
  taskId: idSchema,
  unitId: idSchema,
  reportDate: isoDateSchema,
  progress: progressSchema,
  text: viMultiline(1, 20_000),
  authorId: nullableIdSchema,
};

export const taskUpdateBaseSchema = z.strictObject(taskUpdateShape, viError);

/** Báo cáo tiến độ — a unit's progress report on a task. It lives in its task's space. */
export const taskUpdateSchema = taskUpdateBaseSchema;
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const taskUpdatePatchSchema = taskUpdateBaseSchema.omit({ id: true, spaceId: true }).partial();
