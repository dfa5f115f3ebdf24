import type { SpaceId } from '../domain/space.ts';
import type { TaskPriority, TaskSource, TaskStatus } from '../domain/task.ts';
import type { DemoContext, DemoDate } from './context.ts';
import type { DemoDirectory, PersonRef, UnitRef } from './directory.ts';

/** Báo cáo tiến độ, as the task files write it. */
export interface UpdateSpec {
  date: DemoDate;
  progress: number;
  text: string;
}

/** Nhiệm vụ, as the task files write it; dates are fixed or in days from the dataset's today. */
export interface TaskSpec {
  title: string;
  description?: string;
  lead: UnitRef;
  coop?: readonly UnitRef[];
  responsible?: PersonRef;
  assignedBy?: PersonRef;
  deadline: DemoDate | null;
  deadlineText?: string;
  priority?: TaskPriority;
  status: TaskStatus;
  progress: number;
  /** Đăng ký nhiệm vụ khó: who registered it, for which year. */
  difficult?: { registrant: PersonRef; year: number };
  /** Oldest first; the last one's progress is the task's. */
  updates?: readonly UpdateSpec[];
}

/** Where a task hangs: its space and its source (programme, plan or conclusion). */
export interface TaskPlace {
  spaceId: SpaceId;
  source: TaskSource;
}

/** Builds a task and its progress reports; returns the task's id. */
export function pushTask(ctx: DemoContext, dir: DemoDirectory, place: TaskPlace, spec: TaskSpec): string {
  const id = ctx.nextId();
  const leadUnitId = dir.unit(spec.lead);
  const responsiblePersonId = spec.responsible === undefined ? null : dir.person(spec.responsible);
  ctx.data.task.push({
    id,
    spaceId: place.spaceId,
    title: spec.title,
    description: spec.description ?? '',
    source: place.source,
    leadUnitId,
    cooperatingUnitIds: (spec.coop ?? []).map((ref) => dir.unit(ref)),
    responsiblePersonId,
    assignedByPersonId: spec.assignedBy === undefined ? null : dir.person(spec.assignedBy),
    deadline: spec.deadline === null ? null : ctx.date(spec.deadline),
    deadlineText: spec.deadlineText ?? null,
    priority: spec.priority ?? 'normal',
    status: spec.status,
    progress: spec.progress,
    difficult: spec.difficult !== undefined,
    difficultRegistrantId: spec.difficult === undefined ? null : dir.person(spec.difficult.registrant),
    difficultYear: spec.difficult?.year ?? null,
  });
  for (const update of spec.updates ?? []) {
    ctx.data.taskUpdate.push({
      id: ctx.nextId(),
      spaceId: place.spaceId,
      taskId: id,
      unitId: leadUnitId,
      reportDate: ctx.date(update.date),
      progress: update.progress,
      text: update.text,
      authorId: responsiblePersonId,
    });
  }
  return id;
}
