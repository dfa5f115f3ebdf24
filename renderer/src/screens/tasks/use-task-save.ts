import type { EntityPatchInputOf } from '../../../../shared/domain/registry.ts';
import { App } from 'antd';
import type { Task } from '../../../../shared/domain/task.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, updateRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { TaskStatusValues } from './TaskStatusForm.tsx';
import { sourceOf, spaceOf, taskFieldsOf, type TaskFormValues } from './task-form.ts';
import type { SaveRun } from './use-save-run.ts';

/**
 * Saving the task drawer's forms: the full editor (a new task or an edit) and the lead unit's status form.
 * Marking a task done is not saved here but handed to `onCompleting`, which asks for the closing report.
 */
export function useTaskSave(args: {
  task: Task | null;
  me: { personId: string | null };
  run: SaveRun;
  onClose: () => void;
  onCompleting: (edits: EntityPatchInputOf<'task'>) => void;
}) {
  const m = useMessages();
  const { write } = useDb();
  const { message } = App.useApp();
  const { task, run } = args;

  const submit = async (values: TaskFormValues) => {
    const fields = taskFieldsOf(values);
    if (task) {
      if (fields.status === 'done' && task.status !== 'done') {
        args.onCompleting(fields);
        return;
      }
      if (await run(() => updateRecord(write, 'task', task.id, fields).then(() => undefined), m.tasks.saved))
        args.onClose();
      return;
    }
    const source = sourceOf(values);
    if (!source.ok) {
      void message.error(source.reason);
      return;
    }
    const spaceId = spaceOf(source.source, fields.leadUnitId || null);
    if (spaceId === null) return;
    const created = await run(async () => {
      await createRecord(write, 'task', {
        ...fields,
        spaceId,
        source: source.source,
        assignedByPersonId: args.me.personId,
      });
    }, m.tasks.created);
    if (created) args.onClose();
  };

  /** The lead unit's save: only the two fields the rule opens, so nothing else is pushed. */
  const submitStatus = async (values: TaskStatusValues) => {
    if (!task) return;
    if (values.status === 'done' && task.status !== 'done') {
      args.onCompleting({});
      return;
    }
    const patch = { status: values.status, progress: values.progress };
    if (await run(() => updateRecord(write, 'task', task.id, patch).then(() => undefined), m.tasks.saved))
      args.onClose();
  };

  return { submit, submitStatus };
}
