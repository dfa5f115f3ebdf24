import { useMemo } from 'react';
import { groupTasks, type TaskGrouping } from '../../../../shared/domain/task-grouping.ts';
import {
  inTaskView,
  matchesTaskFilters,
  sortByDeadline,
  taskViewIds,
  type TaskViewContext,
  type TaskViewId,
} from '../../../../shared/domain/task-views.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { compareVi } from '../../../../shared/text/collate.ts';
import type { TaskListData } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { flattenGroups, type ListItem } from './task-list-rows.ts';

/** The grouping a view starts with when the user chose none: by programme, by meeting. */
export function effectiveGrouping(view: TaskViewId, chosen: TaskGrouping): TaskGrouping {
  if (chosen !== 'none') return chosen;
  if (view === 'by-programme') return 'programme';
  if (view === 'by-meeting') return 'meeting';
  return 'none';
}

export interface TaskViewResult {
  /** The tasks of the view after the filters, in order. */
  tasks: Task[];
  items: ListItem[];
  /** How many tasks each view holds (before the filters). */
  counts: Record<TaskViewId, number>;
}

/** The view's tasks: saved view, then filters, sorted by deadline, grouped with a header per group. */
export function useTaskView(
  data: TaskListData | undefined,
  view: TaskViewId,
  ctx: TaskViewContext,
): TaskViewResult {
  const m = useMessages();
  const { filters, grouping, order } = useUiStore((state) => state.taskList);
  const { today, personId, unitId } = ctx;
  const counts = useMemo(() => {
    const result = Object.fromEntries(taskViewIds.map((id) => [id, 0])) as Record<TaskViewId, number>;
    const context = { today, personId, unitId };
    for (const task of data?.tasks ?? []) {
      for (const id of taskViewIds) if (inTaskView(task, id, context)) result[id] += 1;
    }
    return result;
  }, [data, today, personId, unitId]);
  const tasks = useMemo(() => {
    const context = { today, personId, unitId };
    const chosen = (data?.tasks ?? []).filter(
      (task) => inTaskView(task, view, context) && matchesTaskFilters(task, filters, today),
    );
    return sortByDeadline(chosen, order);
  }, [data, view, filters, order, today, personId, unitId]);
  const items = useMemo(() => {
    if (!data) return [];
    const by = effectiveGrouping(view, grouping);
    const labelOf = (key: string): string => {
      if (key === '') return m.tasks.noGroup;
      switch (by) {
        case 'lead-unit':
          return data.unitName.get(key) ?? key;
        case 'status':
          return m.taskStatus[key as keyof typeof m.taskStatus];
        case 'programme':
          return data.programmeLabel.get(key) ?? key;
        case 'meeting':
          return data.meetingLabel.get(key) ?? key;
        case 'none':
          return '';
      }
    };
    const groups = groupTasks(tasks, by, today, (a, b) => compareVi(labelOf(a), labelOf(b)));
    return flattenGroups(groups, labelOf, by !== 'none');
  }, [data, tasks, view, grouping, today, m]);
  return { tasks, items, counts };
}
