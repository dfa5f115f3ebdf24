import { List, Space, Tag, Typography } from 'antd';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';

/** Kết luận, numbered, each with the tasks it spawned (lead unit, deadline, status). */
export function ConclusionList({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  const today = useToday();
  return (
    <List
      dataSource={detail.conclusions}
      renderItem={(conclusion) => {
        const tasks = detail.tasksByConclusion.get(conclusion.id) ?? [];
        return (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>
                {conclusion.section && (
                  <Typography.Text type="secondary">{conclusion.section} · </Typography.Text>
                )}
                ({conclusion.number}) {conclusion.text}
              </span>
              {tasks.map((task) => (
                <Typography.Text key={task.id} type="secondary">
                  → {task.title} — {detail.units.get(task.leadUnitId)?.name ?? ''}
                  {task.deadline ? ` · ${formatDateVi(task.deadline)}` : ''}{' '}
                  <Tag>{m.taskStatus[effectiveTaskStatus(task, today)]}</Tag>
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
