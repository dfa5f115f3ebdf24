import { Button, List, Space, Tag, Typography } from 'antd';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { deleteRecord } from '../../db/write.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';
import { DeleteButton } from './DeleteButton.tsx';

/**
 * One kết luận with the tasks it spawned. "Giao nhiệm vụ" unless only reading; edit and delete when the
 * list is editable, and no delete while a task still points at it.
 */
export function ConclusionItem(props: {
  conclusion: Conclusion;
  detail: MeetingDetail;
  readOnly: boolean;
  editable: boolean;
  onAssign: (conclusion: Conclusion) => void;
  onEdit: (conclusion: Conclusion) => void;
}) {
  const m = useMessages();
  const today = useToday();
  const { write } = useDb();
  const { conclusion } = props;
  const tasks = props.detail.tasksByConclusion.get(conclusion.id) ?? [];
  return (
    <List.Item
      data-testid="conclusion"
      actions={[
        ...(props.readOnly
          ? []
          : [
              <Button key="assign" size="small" onClick={() => props.onAssign(conclusion)}>
                {m.meetings.assign}
              </Button>,
            ]),
        ...(props.editable
          ? [
              <Button key="edit" size="small" onClick={() => props.onEdit(conclusion)}>
                {m.meetingEdit.editItem}
              </Button>,
              <DeleteButton
                key="delete"
                onConfirm={() => void deleteRecord(write, 'conclusion', conclusion.id)}
                disabled={tasks.length > 0}
              />,
            ]
          : []),
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <span>
          {conclusion.section && <Typography.Text type="secondary">{conclusion.section} · </Typography.Text>}(
          {conclusion.number}) {conclusion.text}
        </span>
        {/* Each task its own child, so that Space puts each on its own line. */}
        {tasks.map((task) => (
          <Typography.Text key={task.id} type="secondary" data-testid="conclusion-task">
            → {task.title} — {props.detail.units.get(task.leadUnitId)?.name ?? ''}
            {task.deadline ? ` · ${formatDateVi(task.deadline)}` : ''}{' '}
            <Tag>{m.taskStatus[effectiveTaskStatus(task, today)]}</Tag>
          </Typography.Text>
        ))}
      </Space>
    </List.Item>
  );
}
