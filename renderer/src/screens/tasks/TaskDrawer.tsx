import { Drawer, Form, Tabs } from 'antd';
import type { ReactNode } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';
import { ClosingReportModal } from './ClosingReportModal.tsx';
import { ProgressReports } from './ProgressReports.tsx';
import { TaskEditor } from './TaskEditor.tsx';
import { TaskLimitedView } from './TaskLimitedView.tsx';
import { formValuesOf, type TaskFormValues } from './task-form.ts';
import { useNewTaskDefaults } from './use-new-task-defaults.ts';
import { useSaveRun } from './use-save-run.ts';
import { useTaskClosing } from './use-task-closing.ts';
import { useTaskEditAccess } from './use-task-edit-access.ts';
import { useTaskSave } from './use-task-save.ts';

export interface TaskDrawerProps {
  /** The task to edit; null with `creating` false closes the drawer. */
  task: Task | null;
  creating: boolean;
  onClose: () => void;
  lookups: TaskLookups;
  today: IsoDate;
  me: { personId: string | null; unitId: string | null };
}

/**
 * Nhiệm vụ: the editor (every field), the progress reports and the history of one task, or a new task.
 * Every edit is saved on this machine at once and synced later; messages are in Vietnamese.
 */
export function TaskDrawer(props: TaskDrawerProps) {
  const m = useMessages();
  const open = props.task !== null || props.creating;
  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      title={props.task ? m.tasks.edit : m.tasks.create}
      size={720}
      destroyOnHidden
    >
      {open && <TaskDrawerBody key={props.task?.id ?? 'new'} {...props} />}
    </Drawer>
  );
}

function TaskDrawerBody(props: TaskDrawerProps) {
  const m = useMessages();
  const [form] = Form.useForm<TaskFormValues>();
  const { task, lookups } = props;
  const { canEditAll, leadOnly, creatable, ownTaskUnits } = useTaskEditAccess(task, lookups);
  const creating = task === null;
  const defaults = useNewTaskDefaults({ form, creating, creatable, ownTaskUnits, me: props.me });
  const { saving, run } = useSaveRun();
  const closing = useTaskClosing({ task, today: props.today, me: props.me, form, run });
  const { submit, submitStatus } = useTaskSave({
    task,
    me: props.me,
    run,
    onClose: props.onClose,
    onCompleting: closing.begin,
  });

  const onComplete = task && task.status !== 'done' ? { onComplete: () => closing.begin({}) } : {};
  const editor =
    task && !canEditAll ? (
      <TaskLimitedView
        task={task}
        lookups={lookups}
        leadOnly={leadOnly}
        saving={saving}
        onSubmitStatus={(values) => void submitStatus(values)}
        {...onComplete}
      />
    ) : (
      <TaskEditor
        form={form}
        initial={task ? formValuesOf(task) : defaults.initial}
        lookups={creatable}
        creating={creating}
        ownTaskUnits={ownTaskUnits}
        myUnitId={defaults.myUnitId}
        today={props.today}
        saving={saving}
        onSubmit={(values) => void submit(values)}
        {...onComplete}
      />
    );
  if (!task) return editor;
  return (
    <>
      <TaskDrawerTabs {...props} task={task} info={editor} />
      <ClosingReportModal
        open={closing.asking}
        title={m.taskReports.closingTitle}
        saving={saving}
        onCancel={closing.cancel}
        onConfirm={(text) => void closing.complete(text)}
      />
    </>
  );
}

/** An existing task's tabs: its fields (`info`), its progress reports and its history. */
function TaskDrawerTabs(props: TaskDrawerProps & { task: Task; info: ReactNode }) {
  const m = useMessages();
  const { task } = props;
  return (
    <Tabs
      id="task-drawer-tabs"
      items={[
        { key: 'info', label: m.tasks.info, children: props.info },
        {
          key: 'reports',
          label: m.tasks.reports,
          children: (
            <ProgressReports
              task={task}
              today={props.today}
              me={props.me}
              unitName={props.lookups.unitName}
            />
          ),
        },
        {
          key: 'history',
          label: m.tasks.history,
          children: <RecordHistory entity="task" recordId={task.id} />,
        },
      ]}
    />
  );
}
