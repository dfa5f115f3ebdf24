import { Empty, Table, Tag } from 'antd';
import { KeyboardScroll } from '../shared/KeyboardScroll.tsx';
import type { HTMLAttributes } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import { effectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import type { MeetingDetail } from '../../data/use-meeting-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';

interface Row {
  task: Task;
  number: number | null;
}

/** Nhiệm vụ được giao: every task spawned from this meeting's conclusions, with the conclusion's number. */
export function MeetingTasks({ detail }: { detail: MeetingDetail }) {
  const m = useMessages();
  const t = m.conclusionEdit;
  const today = useToday();
  const rows: Row[] = detail.conclusions.flatMap((conclusion) =>
    (detail.tasksByConclusion.get(conclusion.id) ?? []).map((task) => ({ task, number: conclusion.number })),
  );
  return (
    <KeyboardScroll label={m.meetings.tasks}>
      <Table<Row>
        rowKey={(row) => row.task.id}
        size="small"
        pagination={false}
        scroll={{ x: '56em' }}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t.noTasks} /> }}
        onRow={() => ({ 'data-testid': 'meeting-task' }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: m.tasks.title, key: 'title', render: (_, row) => row.task.title },
          {
            title: t.lead,
            key: 'lead',
            width: '13em',
            render: (_, row) => detail.units.get(row.task.leadUnitId)?.name ?? '',
          },
          {
            title: t.deadline,
            key: 'deadline',
            width: '9em',
            render: (_, row) =>
              row.task.deadlineText ?? (row.task.deadline ? formatDateVi(row.task.deadline) : ''),
          },
          {
            title: t.fromColumn,
            key: 'from',
            width: '9em',
            render: (_, row) => (row.number === null ? '' : t.tasksFrom(row.number)),
          },
          {
            title: m.tasks.status,
            key: 'status',
            width: '9em',
            render: (_, row) => <Tag>{m.taskStatus[effectiveTaskStatus(row.task, today)]}</Tag>,
          },
        ]}
      />
    </KeyboardScroll>
  );
}
