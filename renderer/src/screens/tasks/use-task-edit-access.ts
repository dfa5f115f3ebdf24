import { useMemo } from 'react';
import { meetingSpace, programmeSpace } from '../../../../shared/domain/space.ts';
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
  return { canEditAll, leadOnly, creatable };
}

/** A task is given from a programme or a meeting: the user may create one when they may write one of them. */
export function useCanCreateTask(lookups: Pick<TaskLookups, 'programmes' | 'meetings'> | undefined): boolean {
  const access = useAccess();
  return (
    !access.restricted ||
    (lookups?.programmes ?? []).some((p) => access.canCreateIn(programmeSpace(p.id))) ||
    (lookups?.meetings ?? []).some((mt) => access.canCreateIn(meetingSpace(mt.id)))
  );
}
