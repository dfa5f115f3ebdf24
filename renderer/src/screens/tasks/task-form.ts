import { meetingSpace, programmeSpace, unitSpace } from '../../../../shared/domain/space.ts';
import {
  newTaskDefaults,
  type Task,
  type TaskPriority,
  type TaskSource,
  type TaskStatus,
} from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';

/** The editor's values: the source split into its parts, the deadline both as a phrase and as a date. */
export interface TaskFormValues {
  title: string;
  description: string;
  sourceKind: TaskSource['kind'];
  programmeId: string | null;
  planId: string | null;
  meetingId: string | null;
  conclusionId: string | null;
  leadUnitId: string | null;
  cooperatingUnitIds: string[];
  responsiblePersonId: string | null;
  deadlineText: string;
  deadline: IsoDate | null;
  priority: TaskPriority;
  status: TaskStatus;
  progress: number;
  difficult: boolean;
  difficultRegistrantId: string | null;
  difficultYear: number | null;
}

export function formValuesOf(task: Task): TaskFormValues {
  const { source } = task;
  return {
    title: task.title,
    description: task.description,
    sourceKind: source.kind,
    programmeId: source.kind === 'programme' || source.kind === 'plan' ? source.programmeId : null,
    planId: source.kind === 'plan' ? source.planId : null,
    meetingId: source.kind === 'conclusion' ? source.meetingId : null,
    conclusionId: source.kind === 'conclusion' ? source.conclusionId : null,
    leadUnitId: task.leadUnitId,
    cooperatingUnitIds: [...task.cooperatingUnitIds],
    responsiblePersonId: task.responsiblePersonId,
    deadlineText: task.deadlineText ?? '',
    deadline: task.deadline,
    priority: task.priority,
    status: task.status,
    progress: task.progress,
    difficult: task.difficult,
    difficultRegistrantId: task.difficultRegistrantId,
    difficultYear: task.difficultYear,
  };
}

export const blankTaskForm: TaskFormValues = {
  title: '',
  description: '',
  sourceKind: 'plan',
  programmeId: null,
  planId: null,
  meetingId: null,
  conclusionId: null,
  leadUnitId: null,
  cooperatingUnitIds: [],
  responsiblePersonId: null,
  deadlineText: '',
  deadline: null,
  ...newTaskDefaults,
};

/** The source the form names, or a Vietnamese reason it is incomplete. */
export function sourceOf(
  values: TaskFormValues,
): { ok: true; source: TaskSource } | { ok: false; reason: string } {
  switch (values.sourceKind) {
    case 'programme':
      return values.programmeId
        ? { ok: true, source: { kind: 'programme', programmeId: values.programmeId } }
        : { ok: false, reason: 'Hãy chọn chương trình giao nhiệm vụ.' };
    case 'plan':
      return values.programmeId && values.planId
        ? { ok: true, source: { kind: 'plan', programmeId: values.programmeId, planId: values.planId } }
        : { ok: false, reason: 'Hãy chọn chương trình và kế hoạch thực hiện.' };
    case 'conclusion':
      return values.meetingId && values.conclusionId
        ? {
            ok: true,
            source: { kind: 'conclusion', meetingId: values.meetingId, conclusionId: values.conclusionId },
          }
        : { ok: false, reason: 'Hãy chọn hội nghị và kết luận (theo số thứ tự).' };
    case 'none':
      return { ok: true, source: { kind: 'none' } };
  }
}

/**
 * The space a new task lives in: its programme's or its meeting's, or for a unit's own task (no source) its
 * lead unit's (so that lead unit never changes); null when the lead unit is not chosen yet.
 */
export function spaceOf(source: TaskSource, leadUnitId: string | null): string | null {
  if (source.kind === 'programme' || source.kind === 'plan') return programmeSpace(source.programmeId);
  if (source.kind === 'conclusion') return meetingSpace(source.meetingId);
  return leadUnitId ? unitSpace(leadUnitId) : null;
}

/**
 * A new task's starting values. Someone who may give no task from a programme or meeting but may give
 * their unit its own (a ward official) starts on "Việc riêng của đơn vị"; their unit leads it by default.
 */
export function newTaskForm(options: {
  /** The signed-in user's unit (or the chosen "Tôi là" person's), if any. */
  myUnitId: string | null;
  /** The units the user may give a unit's own task to. */
  ownTaskUnits: readonly string[];
  /** Whether some programme or meeting takes a new task from the user. */
  hasSources: boolean;
}): TaskFormValues {
  const { myUnitId, ownTaskUnits } = options;
  const unitOwn = !options.hasSources && ownTaskUnits.length > 0;
  const leadUnitId = defaultOwnTaskLead(myUnitId, ownTaskUnits);
  return unitOwn ? { ...blankTaskForm, sourceKind: 'none', leadUnitId } : blankTaskForm;
}

/** The lead unit a unit's own task starts with: the user's unit, or the only unit it may be given to. */
export function defaultOwnTaskLead(myUnitId: string | null, ownTaskUnits: readonly string[]): string | null {
  if (myUnitId !== null && ownTaskUnits.includes(myUnitId)) return myUnitId;
  return ownTaskUnits.length === 1 ? (ownTaskUnits[0] ?? null) : null;
}

/** The task's fields from the form (all but id, spaceId, source and assigner); blank text made null. */
export function taskFieldsOf(values: TaskFormValues) {
  const difficult = values.difficult;
  return {
    title: values.title,
    description: values.description ?? '',
    leadUnitId: values.leadUnitId ?? '',
    cooperatingUnitIds: values.cooperatingUnitIds ?? [],
    responsiblePersonId: values.responsiblePersonId ?? null,
    deadline: values.deadline ?? null,
    deadlineText: values.deadlineText?.trim() ? values.deadlineText.trim() : null,
    priority: values.priority,
    status: values.status,
    progress: values.progress,
    difficult,
    difficultRegistrantId: difficult ? (values.difficultRegistrantId ?? null) : null,
    difficultYear: difficult ? (values.difficultYear ?? null) : null,
  };
}
