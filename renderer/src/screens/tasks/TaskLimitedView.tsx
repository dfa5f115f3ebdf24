import type { Task } from '../../../../shared/domain/task.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice.tsx';
import { TaskReadView } from './TaskReadView.tsx';
import { TaskStatusForm, type TaskStatusValues } from './TaskStatusForm.tsx';

/** A task the user may not edit in full: read, with the status form when the user's unit leads it. */
export function TaskLimitedView(props: {
  task: Task;
  lookups: TaskLookups;
  /** The lead unit may still change status and progress. */
  leadOnly: boolean;
  saving: boolean;
  onSubmitStatus: (values: TaskStatusValues) => void;
  onComplete?: () => void;
}) {
  const m = useMessages();
  const { task, leadOnly } = props;
  return (
    <>
      <ReadOnlyNotice text={leadOnly ? m.access.taskLeadUnit : m.access.taskReadOnly} />
      <TaskReadView task={task} lookups={props.lookups} withStatus={leadOnly} />
      {leadOnly && (
        <TaskStatusForm
          task={task}
          saving={props.saving}
          onSubmit={props.onSubmitStatus}
          onComplete={props.onComplete}
        />
      )}
    </>
  );
}
