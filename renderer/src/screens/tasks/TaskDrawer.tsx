import { App, Drawer, Form, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { meetingSpace, programmeSpace } from '../../../../shared/domain/space.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord, ValidationFailure } from '../../db/write.ts';
import { completeTask, reportingUnit } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';
import { ClosingReportModal } from './ClosingReportModal.tsx';
import { ProgressReports } from './ProgressReports.tsx';
import { TaskEditor } from './TaskEditor.tsx';
import { TaskReadView } from './TaskReadView.tsx';
import { TaskStatusForm, type TaskStatusValues } from './TaskStatusForm.tsx';
import {
  blankTaskForm,
  formValuesOf,
  sourceOf,
  spaceOf,
  taskFieldsOf,
  type TaskFormValues,
} from './task-form.ts';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice.tsx';

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
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskFormValues>();
  const [saving, setSaving] = useState(false);
  /** The form's other edits, waiting for the closing report when the task is being completed. */
  const [closing, setClosing] = useState<Record<string, unknown> | null>(null);
  const { task } = props;
  const access = useAccess();
  // Who may change what, by the server's rules: a writer of the task's space edits everything; the lead
  // unit only status and progress (and its reports); anyone else reads.
  const canEditAll = task === null || access.canWrite(task.spaceId);
  const leadOnly = task !== null && !canEditAll && access.canEditTaskField(task, 'status');
  const { lookups } = props;
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

  const run = async (action: () => Promise<void>, done: string) => {
    setSaving(true);
    try {
      await action();
      void message.success(done);
      return true;
    } catch (error) {
      if (error instanceof ValidationFailure)
        void message.error(`${m.taskForm.notSaved}: ${error.issues.join('; ')}`);
      else throw error;
      return false;
    } finally {
      setSaving(false);
    }
  };

  const submit = async (values: TaskFormValues) => {
    const fields = taskFieldsOf(values);
    if (task) {
      if (fields.status === 'done' && task.status !== 'done') {
        setClosing(fields);
        return;
      }
      if (await run(() => updateRecord(write, 'task', task.id, fields).then(() => undefined), m.tasks.saved))
        props.onClose();
      return;
    }
    const source = sourceOf(values);
    if (!source.ok) {
      void message.error(source.reason);
      return;
    }
    const spaceId = spaceOf(source.source);
    if (spaceId === null) return;
    const created = await run(async () => {
      await createRecord(write, 'task', {
        ...fields,
        spaceId,
        source: source.source,
        assignedByPersonId: props.me.personId,
      });
    }, m.tasks.created);
    if (created) props.onClose();
  };

  const complete = async (text: string) => {
    if (!task || closing === null) return;
    const ok = await run(
      () =>
        completeTask(
          write,
          task,
          {
            reportDate: props.today,
            text,
            unitId: access.leadReportUnit(task) ?? reportingUnit(task, props.me.unitId),
            authorId: props.me.personId,
          },
          closing,
        ),
      m.taskReports.completed,
    );
    if (ok) {
      setClosing(null);
      form.setFieldsValue({ status: 'done', progress: 100 });
    }
  };

  /** The lead unit's save: only the two fields the rule opens, so nothing else is pushed. */
  const submitStatus = async (values: TaskStatusValues) => {
    if (!task) return;
    if (values.status === 'done' && task.status !== 'done') {
      setClosing({});
      return;
    }
    const patch = { status: values.status, progress: values.progress };
    if (await run(() => updateRecord(write, 'task', task.id, patch).then(() => undefined), m.tasks.saved))
      props.onClose();
  };

  const onComplete = task && task.status !== 'done' ? { onComplete: () => setClosing({}) } : {};
  const readView = task && !canEditAll && (
    <>
      <ReadOnlyNotice text={leadOnly ? m.access.taskLeadUnit : m.access.taskReadOnly} />
      <TaskReadView task={task} lookups={lookups} withStatus={leadOnly} />
      {leadOnly && (
        <TaskStatusForm
          task={task}
          saving={saving}
          onSubmit={(values) => void submitStatus(values)}
          {...onComplete}
        />
      )}
    </>
  );
  const editor = readView || (
    <TaskEditor
      form={form}
      initial={task ? formValuesOf(task) : blankTaskForm}
      lookups={creatable}
      creating={task === null}
      today={props.today}
      saving={saving}
      onSubmit={(values) => void submit(values)}
      {...onComplete}
    />
  );
  if (!task) return editor;
  return (
    <>
      <Tabs
        items={[
          { key: 'info', label: m.tasks.info, children: editor },
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
      <ClosingReportModal
        open={closing !== null}
        title={m.taskReports.closingTitle}
        saving={saving}
        onCancel={() => setClosing(null)}
        onConfirm={(text) => void complete(text)}
      />
    </>
  );
}
