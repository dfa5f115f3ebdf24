import { Empty, Progress, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { TaskDrawer } from './TaskDrawer.tsx';
import { effectiveTaskStatus, type EffectiveTaskStatus } from '../../../../shared/domain/task-status.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { liveRows } from '../../data/live-rows.ts';
import { useMessages } from '../../i18n/messages.ts';
import { useToday } from '../../state/use-now.ts';

const statusColors: Record<EffectiveTaskStatus, string> = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
  paused: 'orange',
};

/** Nhiệm vụ: every task by deadline, with its computed status (quá hạn on Vietnam's calendar). */
export function TasksScreen() {
  const m = useMessages();
  const { db } = useDb();
  const [editing, setEditing] = useState<Task | null>(null);
  const today = useToday();
  const data = useLiveQuery(async () => {
    const [tasks, units] = await Promise.all([liveRows(db.task), liveRows(db.unit)]);
    const names = new Map(units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
    const sorted = tasks.sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
    return { tasks: sorted, names };
  }, [db]);
  return (
    <section aria-labelledby="tasks-title">
      <Typography.Title level={2} id="tasks-title">
        {m.nav.tasks}
      </Typography.Title>
      <TaskDrawer task={editing} onClose={() => setEditing(null)} />
      <Table<Task>
        onRow={(task) => ({ onClick: () => setEditing(task), style: { cursor: 'pointer' } })}
        rowKey="id"
        loading={data === undefined}
        dataSource={data?.tasks ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={m.empty.tasks} /> }}
        columns={[
          { title: m.tasks.title, key: 'title', render: (_, task) => task.title },
          {
            title: m.tasks.lead,
            key: 'lead',
            width: 200,
            render: (_, task) => data?.names.get(task.leadUnitId) ?? '—',
          },
          {
            title: m.tasks.deadline,
            key: 'deadline',
            width: 120,
            render: (_, task) => (task.deadline ? formatDateVi(task.deadline) : '—'),
          },
          {
            title: m.tasks.status,
            key: 'status',
            width: 150,
            render: (_, task) => {
              const status = effectiveTaskStatus(task, today);
              return <Tag color={statusColors[status]}>{m.taskStatus[status]}</Tag>;
            },
          },
          {
            title: m.tasks.progress,
            key: 'progress',
            width: 150,
            render: (_, task) => <Progress percent={task.progress} size="small" />,
          },
        ]}
      />
    </section>
  );
}
