import type { EntityPatchInputOf } from '../../../shared/domain/registry.ts';
import type { Task } from '../../../shared/domain/task.ts';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { createRecord, updateRecord, type WriteContext } from '../db/write.ts';

/** A progress report as the form gives it. */
export interface ReportInput {
  reportDate: IsoDate;
  progress: number;
  text: string;
  /** The unit reporting: the user's unit when it takes part in the task, else the lead unit. */
  unitId: string;
  authorId: string | null;
}

/** The unit a report is filed under: mine if it leads or cooperates, otherwise the lead unit. */
export function reportingUnit(task: Task, myUnitId: string | null): string {
  if (myUnitId !== null && (task.leadUnitId === myUnitId || task.cooperatingUnitIds.includes(myUnitId)))
    return myUnitId;
  return task.leadUnitId;
}

/**
 * Báo cáo tiến độ: saves the dated report (in the task's space) and moves the task's progress to it when
 * it is the newest report; a task not started becomes "đang thực hiện".
 */
export async function postProgressReport(
  ctx: WriteContext,
  task: Task,
  report: ReportInput,
  newestDate: IsoDate | null,
): Promise<void> {
  await createRecord(ctx, 'taskUpdate', { spaceId: task.spaceId, taskId: task.id, ...report });
  if (newestDate !== null && report.reportDate < newestDate) return;
  const patch: Partial<Task> = { progress: report.progress };
  if (task.status === 'not_started') patch.status = 'in_progress';
  await updateRecord(ctx, 'task', task.id, patch);
}

/**
 * Hoàn thành: a closing report at 100%, then the task marked done with any other edits of the form.
 * The report goes first: if it is refused, the task stays open.
 */
export async function completeTask(
  ctx: WriteContext,
  task: Task,
  closing: Omit<ReportInput, 'progress'>,
  patch: EntityPatchInputOf<'task'> = {},
): Promise<void> {
  await createRecord(ctx, 'taskUpdate', {
    spaceId: task.spaceId,
    taskId: task.id,
    ...closing,
    progress: 100,
  });
  await updateRecord(ctx, 'task', task.id, { ...patch, status: 'done', progress: 100 });
}

/** A change applied to many tasks, each through the one write path (so each lands in its history). */
export type BulkChange =
  | { kind: 'reassign'; leadUnitId: string }
  | { kind: 'deadline'; deadline: IsoDate; deadlineText: string | null }
  | { kind: 'done'; closing: Omit<ReportInput, 'progress' | 'unitId'> };

export interface BulkResult {
  changed: number;
  /** "<title>: <reason>" for each task the schema refused; the others are kept. */
  failures: string[];
}

/**
 * May the task be given to another lead unit? Not a unit's own task (no programme or meeting behind it):
 * it lives in its lead unit's space, which never changes.
 */
export function canReassign(task: Pick<Task, 'source'>): boolean {
  return task.source.kind !== 'none';
}

/** Why a bulk reassign left a unit's own task as it was (the screens skip them beforehand). */
export const OWN_TASK_KEEPS_LEAD = 'việc riêng của đơn vị, không đổi được đơn vị chủ trì';

/** The patch one task gets from a bulk change; a new lead unit leaves the cooperating list. */
export function bulkPatch(task: Task, change: BulkChange): EntityPatchInputOf<'task'> {
  switch (change.kind) {
    case 'reassign':
      return {
        leadUnitId: change.leadUnitId,
        cooperatingUnitIds: task.cooperatingUnitIds.filter((id) => id !== change.leadUnitId),
      };
    case 'deadline':
      return { deadline: change.deadline, deadlineText: change.deadlineText };
    case 'done':
      return { status: 'done', progress: 100 };
  }
}

export async function applyBulk(
  ctx: WriteContext,
  tasks: readonly Task[],
  change: BulkChange,
): Promise<BulkResult> {
  const result: BulkResult = { changed: 0, failures: [] };
  for (const task of tasks) {
    if (change.kind === 'reassign' && !canReassign(task)) {
      result.failures.push(`${task.title}: ${OWN_TASK_KEEPS_LEAD}`);
      continue;
    }
    try {
      if (change.kind === 'done') {
        if (task.status === 'done') continue;
        await completeTask(ctx, task, { ...change.closing, unitId: task.leadUnitId });
      } else {
        await updateRecord(ctx, 'task', task.id, bulkPatch(task, change));
      }
      result.changed += 1;
    } catch (error) {
      result.failures.push(`${task.title}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
