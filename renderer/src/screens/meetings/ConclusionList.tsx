import { Button, List, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import { compareVi } from '../../../../shared/text/collate.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';
import { AssignTaskDrawer } from './AssignTaskDrawer.tsx';

/** Kết luận, numbered, each with the tasks it spawned (lead unit, deadline, status) and "Giao nhiệm vụ". */
export function ConclusionList({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  const today = useToday();
  const [assigning, setAssigning] = useState<Conclusion | null>(null);
  const units = useMemo(
    () =>
      [...detail.units.values()]
        .map((unit) => ({ value: unit.id, label: unit.name }))
        .sort((a, b) => compareVi(a.label, b.label)),
    [detail.units],
  );
  return (
    <>
      <AssignTaskDrawer
        meeting={detail.meeting}
        conclusion={assigning}
        units={units}
        onClose={() => setAssigning(null)}
      />
      <List
        dataSource={detail.conclusions}
        renderItem={(conclusion) => {
          const tasks = detail.tasksByConclusion.get(conclusion.id) ?? [];
          return (
            <List.Item
              actions={[
                <Button key="assign" size="small" onClick={() => setAssigning(conclusion)}>
                  {m.meetings.assign}
                </Button>,
              ]}
            >
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  {conclusion.section && (
                    <Typography.Text type="secondary">{conclusion.section} · </Typography.Text>
                  )}
                  ({conclusion.number}) {conclusion.text}
                </span>
                {tasks.map((task) => (
                  <Typography.Text key={task.id} type="secondary" data-testid="conclusion-task">
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
    </>
  );
}
