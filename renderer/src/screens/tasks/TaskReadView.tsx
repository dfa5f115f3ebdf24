import { Descriptions, Tag } from 'antd';
import type { Task } from '../../../../shared/domain/task.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { sourceLabel, type TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';

/**
 * A task to read, for a user who may not edit it (or only its status and progress, which the status form
 * below this view holds): every field the editor shows, as plain text.
 */
export function TaskReadView(props: { task: Task; lookups: TaskLookups; withStatus: boolean }) {
  const m = useMessages();
  const { task, lookups } = props;
  const none = m.tasks.none;
  const unit = (id: string) => lookups.unitName.get(id) ?? none;
  const person = (id: string | null) => (id ? (lookups.personName.get(id) ?? none) : none);
  const deadline = [task.deadline ? formatDateVi(task.deadline) : null, task.deadlineText]
    .filter(Boolean)
    .join(' — ');
  return (
    <Descriptions size="small" bordered column={1} data-testid="task-read-view" style={{ marginBottom: 16 }}>
      <Descriptions.Item label={m.tasks.title}>
        <span style={{ whiteSpace: 'pre-wrap' }}>{task.title}</span>
      </Descriptions.Item>
      {task.description !== '' && (
        <Descriptions.Item label={m.tasks.description}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{task.description}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={m.tasks.source}>
        {sourceLabel(task.source, lookups) || none}
      </Descriptions.Item>
      <Descriptions.Item label={m.tasks.lead}>{unit(task.leadUnitId)}</Descriptions.Item>
      <Descriptions.Item label={m.tasks.cooperating}>
        {task.cooperatingUnitIds.length === 0 ? none : task.cooperatingUnitIds.map(unit).join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label={m.tasks.responsible}>{person(task.responsiblePersonId)}</Descriptions.Item>
      <Descriptions.Item label={m.tasks.deadline}>{deadline || none}</Descriptions.Item>
      <Descriptions.Item label={m.tasks.priority}>{m.taskPriority[task.priority]}</Descriptions.Item>
      {!props.withStatus && (
        <>
          <Descriptions.Item label={m.tasks.status}>{m.taskStatus[task.status]}</Descriptions.Item>
          <Descriptions.Item label={m.tasks.progress}>{task.progress}%</Descriptions.Item>
        </>
      )}
      {task.difficult && (
        <Descriptions.Item label={m.taskForm.difficult}>
          <Tag color="volcano">
            {person(task.difficultRegistrantId)}
            {task.difficultYear !== null ? ` · ${task.difficultYear}` : ''}
          </Tag>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
