import type { EntityPatchInputOf } from '../../../../shared/domain/registry.ts';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useDb } from '../../db/db-context.tsx';
import { completeTask, reportingUnit } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { SaveRun } from './use-save-run.ts';
import type { TaskFormValues } from './task-form.ts';

/**
 * Completing a task asks for its closing report first: the form's other edits wait here until the report
 * is written, then go with it in one completion.
 */
export function useTaskClosing(args: {
  task: Task | null;
  today: IsoDate;
  me: { personId: string | null; unitId: string | null };
  form: FormInstance<TaskFormValues>;
  run: SaveRun;
}) {
  const m = useMessages();
  const { write } = useDb();
  const access = useAccess();
  /** The form's other edits, waiting for the closing report when the task is being completed. */
  const [closing, setClosing] = useState<EntityPatchInputOf<'task'> | null>(null);
  const { task, me } = args;

  const complete = async (text: string) => {
    if (!task || closing === null) return;
    const ok = await args.run(
      () =>
        completeTask(
          write,
          task,
          {
            reportDate: args.today,
            text,
            unitId: access.leadReportUnit(task) ?? reportingUnit(task, me.unitId),
            authorId: me.personId,
          },
          closing,
        ),
      m.taskReports.completed,
    );
    if (ok) {
      setClosing(null);
      args.form.setFieldsValue({ status: 'done', progress: 100 });
    }
  };

  return {
    /** Whether the closing report is being asked for. */
    asking: closing !== null,
    /** Asks for the closing report; `edits` are the form's other changes, saved with the completion. */
    begin: (edits: EntityPatchInputOf<'task'>) => setClosing(edits),
    cancel: () => setClosing(null),
    complete,
  };
}
