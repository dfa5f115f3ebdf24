import { App, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useDb } from '../../db/db-context.tsx';
import { applyBulk, canReassign, type BulkChange } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useMessages } from '../../i18n/messages.ts';
import { parseDeadlinePhrase } from './deadline-hint.ts';

export type BulkDialog = 'reassign' | 'deadline' | 'done' | null;

export interface BulkForm {
  leadUnitId?: string;
  deadlineText?: string;
  deadline?: Dayjs | null;
}

/**
 * The tasks each bulk action goes to: only those the server would accept it for. Reassigning and the
 * deadline need the right to write the task's space; completing is also the lead unit's (status,
 * progress, report).
 */
export function useBulkTargets(tasks: readonly Task[]) {
  const access = useAccess();
  const writable = tasks.filter((task) => access.canWrite(task.spaceId));
  // A unit's own task keeps its lead unit (it is the task's space): reassigning skips it.
  const reassignable = writable.filter(canReassign);
  const completable = tasks.filter(
    (task) => access.canEditTaskField(task, 'status') && access.canReportProgress(task),
  );
  return { writable, reassignable, completable };
}

/** The open bulk dialog, its form and the applying of its change to the tasks it targets. */
export function useBulkActions(props: {
  tasks: readonly Task[];
  today: IsoDate;
  me: { personId: string | null };
  onDone: () => void;
}) {
  const b = useMessages().taskBulk;
  const { write } = useDb();
  const { message, notification } = App.useApp();
  const [dialog, setDialog] = useState<BulkDialog>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<BulkForm>();
  const deadlineText = Form.useWatch('deadlineText', form) ?? '';
  const parsed = parseDeadlinePhrase(deadlineText, props.today);
  const { writable, reassignable, completable } = useBulkTargets(props.tasks);

  const apply = async (change: BulkChange) => {
    setSaving(true);
    try {
      const targets =
        change.kind === 'done' ? completable : change.kind === 'reassign' ? reassignable : writable;
      const result = await applyBulk(write, targets, change);
      if (result.failures.length > 0)
        notification.warning({ title: b.failed, description: result.failures.join('\n') });
      if (result.changed > 0) void message.success(b.applied(result.changed));
      setDialog(null);
      form.resetFields();
      props.onDone();
    } finally {
      setSaving(false);
    }
  };

  /** The reassign or deadline dialog's OK: the date picked wins over the one read from the phrase. */
  const confirm = async () => {
    const values = await form.validateFields();
    if (dialog === 'reassign' && values.leadUnitId)
      await apply({ kind: 'reassign', leadUnitId: values.leadUnitId });
    if (dialog === 'deadline') {
      const date = values.deadline?.format('YYYY-MM-DD') ?? parsed?.date;
      if (date) await apply({ kind: 'deadline', deadline: date, deadlineText: deadlineText.trim() || null });
    }
  };

  /** Marks the tasks done, each with the one closing report. */
  const complete = (text: string) =>
    void apply({ kind: 'done', closing: { reportDate: props.today, text, authorId: props.me.personId } });

  return {
    dialog,
    setDialog,
    saving,
    form,
    deadlineText,
    parsed,
    writable,
    reassignable,
    completable,
    confirm,
    complete,
  };
}
