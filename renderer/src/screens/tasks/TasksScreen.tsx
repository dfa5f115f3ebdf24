import { Alert, Flex } from 'antd';
import { useMemo } from 'react';
import { isTaskViewId, viewNeedsMe, type TaskViewId } from '../../../../shared/domain/task-views.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useMe } from '../../data/use-me.ts';
import { sourceLabel, useTaskList, type TaskLookups } from '../../data/use-task-list.ts';
import { useReminderSettings, useTaskReminders } from '../../data/use-task-reminders.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate, parseRoute, useRoute } from '../../state/router.ts';
import { useToday } from '../../state/use-now.ts';
import { BulkActions } from './BulkActions.tsx';
import { DifficultTasksView } from './DifficultTasksView.tsx';
import { TaskCountBar } from './TaskCountBar.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TaskFilterBar } from './TaskFilterBar.tsx';
import { TaskList } from './TaskList.tsx';
import { TaskViewTabs, VIEW_PANEL_ID, viewTabId } from './TaskViewTabs.tsx';
import { TasksHeader } from './TasksHeader.tsx';
import { useCanCreateTask } from './use-task-edit-access.ts';
import { useTaskSelection } from './use-task-selection.ts';
import { useTaskView } from './use-task-view.ts';

/** The list's "Nguồn": the programme, plan or conclusion, or that it is the unit's own task. */
function sourceText(task: Task, lookups: TaskLookups, unitOwn: string): string {
  return task.source.kind === 'none' ? unitOwn : sourceLabel(task.source, lookups);
}

/** Closes the drawer where the user is now: a save may finish after they moved to another view. */
function closeTaskDrawer() {
  const current = parseRoute(window.location.hash);
  if (current.name === 'tasks' && current.id !== null) navigate('tasks', null, current.query);
}

/** Who "me" is for the saved views and bulk actions, on the day. */
function useMeContext(today: IsoDate, me: ReturnType<typeof useMe>) {
  return useMemo(
    () => ({ today, personId: me?.person.id ?? null, unitId: me?.unit?.id ?? me?.person.unitId ?? null }),
    [today, me],
  );
}

/**
 * Nhiệm vụ: saved views (`#/tasks?view=my-unit`), filters, grouping with counts, sort by deadline;
 * the computed "quá hạn" follows Vietnam's calendar.
 */
export function TasksScreen() {
  const m = useMessages();
  const route = useRoute();
  const view: TaskViewId = isTaskViewId(route.query.view) ? route.query.view : 'all';
  const data = useTaskList();
  const me = useMe();
  const today = useToday();
  const ctx = useMeContext(today, me);
  const { tasks, items, counts } = useTaskView(data, view, ctx);
  const selection = useTaskSelection(tasks);
  const [reminders, setReminders] = useReminderSettings();
  useTaskReminders(data?.tasks, today, reminders);
  const canCreate = useCanCreateTask(data);
  const creating = route.id === 'new' && canCreate;
  const editing = route.id && !creating ? (data?.tasks.find((task) => task.id === route.id) ?? null) : null;
  const open = (task: Task) => navigate('tasks', task.id, route.query);
  return (
    <section aria-labelledby="tasks-title">
      <TasksHeader
        data={data}
        reminders={reminders}
        onReminders={setReminders}
        canCreate={canCreate}
        query={route.query}
      />
      <TaskViewTabs
        view={view}
        counts={counts}
        noMe={me === null}
        onChange={(key) => {
          selection.clear();
          navigate('tasks', null, { view: key });
        }}
      />
      <div role="tabpanel" id={VIEW_PANEL_ID} aria-labelledby={viewTabId(view)}>
        {viewNeedsMe(view) && me === null ? (
          <Alert type="info" showIcon title={m.taskMe.choose} />
        ) : (
          <Flex vertical gap={12}>
            <TaskFilterBar units={data?.units ?? []} />
            <TaskCountBar tasks={tasks} view={view} data={data} today={today} />
            <BulkActions
              tasks={selection.selectedTasks}
              units={data?.units ?? []}
              today={today}
              me={ctx}
              onDone={selection.clear}
            />
            {data && view === 'difficult' && (
              <DifficultTasksView tasks={tasks} lookups={data} today={today} onOpen={open} />
            )}
            {data && view !== 'difficult' && (
              <TaskList
                items={items}
                today={today}
                selected={selection.selected}
                onToggle={selection.toggle}
                onToggleAll={selection.toggleAll}
                onOpen={open}
                unitName={data.unitName}
                sourceOf={(task) => sourceText(task, data, m.taskForm.unitOwn)}
              />
            )}
          </Flex>
        )}
      </div>
      {data && (
        <TaskDrawer
          task={editing}
          creating={creating}
          onClose={closeTaskDrawer}
          lookups={data}
          today={today}
          me={ctx}
        />
      )}
    </section>
  );
}
