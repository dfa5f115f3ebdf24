import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  isTaskViewId,
  taskViewIds,
  viewNeedsMe,
  type TaskViewId,
} from '../../../../shared/domain/task-views.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { meetingSpace, programmeSpace } from '../../../../shared/domain/space.ts';
import { useAccess } from '../../data/use-access.ts';
import { useMe } from '../../data/use-me.ts';
import { sourceLabel, useTaskList } from '../../data/use-task-list.ts';
import { useReminderSettings, useTaskReminders } from '../../data/use-task-reminders.ts';
import { useMessages } from '../../i18n/messages.ts';
import { navigate, parseRoute, useRoute } from '../../state/router.ts';
import { useToday } from '../../state/use-now.ts';
import { BulkActions } from './BulkActions.tsx';
import { DifficultTasksView } from './DifficultTasksView.tsx';
import { ExportButton } from './ExportButton.tsx';
import { MeChooser } from './MeChooser.tsx';
import { ReminderSettingsButton } from './ReminderSettingsButton.tsx';
import { TaskDrawer } from './TaskDrawer.tsx';
import { TaskFilterBar } from './TaskFilterBar.tsx';
import { TaskList } from './TaskList.tsx';
import { useTaskView } from './use-task-view.ts';

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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const ctx = useMemo(
    () => ({ today, personId: me?.person.id ?? null, unitId: me?.unit?.id ?? me?.person.unitId ?? null }),
    [today, me],
  );
  const { tasks, items, counts } = useTaskView(data, view, ctx);
  const [reminders, setReminders] = useReminderSettings();
  useTaskReminders(data?.tasks, today, reminders);
  const access = useAccess();
  // A task is given from a programme or a meeting: the button shows when the user may write one of them.
  const canCreate =
    !access.restricted ||
    (data?.programmes ?? []).some((p) => access.canCreateIn(programmeSpace(p.id))) ||
    (data?.meetings ?? []).some((mt) => access.canCreateIn(meetingSpace(mt.id)));
  const creating = route.id === 'new' && canCreate;
  const editing = route.id && !creating ? (data?.tasks.find((task) => task.id === route.id) ?? null) : null;
  const selectedTasks = useMemo(() => tasks.filter((task) => selected.has(task.id)), [tasks, selected]);
  const needsMe = viewNeedsMe(view) && me === null;

  const open = (task: Task) => navigate('tasks', task.id, route.query);
  /** Closes the drawer where the user is now: a save may finish after they moved to another view. */
  const close = () => {
    const current = parseRoute(window.location.hash);
    if (current.name === 'tasks' && current.id !== null) navigate('tasks', null, current.query);
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = (select: boolean) =>
    setSelected(select ? new Set(tasks.map((task) => task.id)) : new Set());

  return (
    <section aria-labelledby="tasks-title">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} id="tasks-title" style={{ margin: 0 }}>
          {m.nav.tasks}
        </Typography.Title>
        <Flex gap={12} wrap align="center">
          {data && <MeChooser people={data.people} unitName={data.unitName} />}
          <ReminderSettingsButton settings={reminders} onChange={setReminders} />
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('tasks', 'new', route.query)}
            >
              {m.tasks.create}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs
        size="small"
        activeKey={view}
        onChange={(key) => {
          setSelected(new Set());
          navigate('tasks', null, { view: key });
        }}
        items={taskViewIds.map((id) => ({
          key: id,
          label: (
            <span>
              {m.taskViews[id]}{' '}
              {!(viewNeedsMe(id) && me === null) && <Tag data-testid={`view-count-${id}`}>{counts[id]}</Tag>}
            </span>
          ),
        }))}
      />
      {needsMe ? (
        <Alert type="info" showIcon title={m.taskMe.choose} />
      ) : (
        <Flex vertical gap={12}>
          <TaskFilterBar units={data?.units ?? []} />
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text data-testid="task-count">{m.tasks.count(tasks.length)}</Typography.Text>
            {data && (
              <ExportButton
                tasks={tasks}
                title={`${m.nav.tasks} — ${m.taskViews[view]}`}
                lookups={data}
                today={today}
              />
            )}
          </Flex>
          <BulkActions
            tasks={selectedTasks}
            units={data?.units ?? []}
            today={today}
            me={ctx}
            onDone={() => setSelected(new Set())}
          />
          {data && view === 'difficult' && (
            <DifficultTasksView tasks={tasks} lookups={data} today={today} onOpen={open} />
          )}
          {data && view !== 'difficult' && (
            <TaskList
              items={items}
              today={today}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onOpen={open}
              unitName={data.unitName}
              sourceOf={(task) => sourceLabel(task.source, data)}
            />
          )}
        </Flex>
      )}
      {data && (
        <TaskDrawer
          task={editing}
          creating={creating}
          onClose={close}
          lookups={data}
          today={today}
          me={ctx}
        />
      )}
    </section>
  );
}
