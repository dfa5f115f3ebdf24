import { useMemo } from 'react';
import { meetingSpace, programmeSpace, unitSpace } from '../../../../shared/domain/space.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { useAccess } from '../../data/use-access.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';

/**
 * Who may change what on the drawer's task, by the server's rules: a writer of the task's space edits
 * everything; the lead unit only status and progress (and its reports); anyone else reads.
 */
export function useTaskEditAccess(task: Task | null, lookups: TaskLookups) {
  const access = useAccess();
  const canEditAll = task === null || access.canWrite(task.spaceId);
  const leadOnly = task !== null && !canEditAll && access.canEditTaskField(task, 'status');
  /** A new task may only be given from a programme or meeting the user may write. */
  const creatable = useMemo(
    () =>
      task !== null
        ? lookups
        : {
            ...lookups,
            programmes: lookups.programmes.filter((p) => access.canCreateIn(programmeSpace(p.id))),
            meetings: lookups.meetings.filter((mt) => access.canCreateIn(meetingSpace(mt.id))),
          },
    [task, lookups, access],
  );
  /** The units a new unit's own task may be given to: those whose space the user writes (their own). */
  const ownTaskUnits = useMemo(
    () =>
      task !== null ? [] : lookups.units.filter((u) => access.canCreateIn(unitSpace(u.id))).map((u) => u.id),
    [task, lookups, access],
  );
  return { canEditAll, leadOnly, creatable, ownTaskUnits };
}

/**
 * A task is given from a programme or a meeting, or is a unit's own: the user may create one when they may
 * write one of those spaces (their unit's own included).
 */
export function useCanCreateTask(
  lookups: Pick<TaskLookups, 'programmes' | 'meetings' | 'units'> | undefined,
): boolean {
  const access = useAccess();
  return (
    !access.restricted ||
    (lookups?.programmes ?? []).some((p) => access.canCreateIn(programmeSpace(p.id))) ||
    (lookups?.meetings ?? []).some((mt) => access.canCreateIn(meetingSpace(mt.id))) ||
    (lookups?.units ?? []).some((u) => access.canCreateIn(unitSpace(u.id)))
  );
}
