import {
  App,
  Button,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Plan, Programme } from '../../../../shared/domain/programme.ts';
import { programmeSpace } from '../../../../shared/domain/space.ts';
import { daysOverdue, effectiveTaskStatus, isTaskOverdue } from '../../../../shared/domain/task-status.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateTimeVi, formatDateVi } from '../../../../shared/text/date-format.ts';
import { useProgrammeMeetings, useProgrammeWork } from '../../data/programme-work.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import './programmes.css';

const statusColor = {
  not_started: 'default',
  in_progress: 'blue',
  done: 'green',
  overdue: 'red',
  paused: 'gold',
};

/** Tasks with their shown status ("Quá hạn" computed from the deadline), deadline and lead unit. */
export function TaskTable(props: {
  tasks: readonly Task[];
  today: IsoDate;
  unitNames: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const t = m.programmePlans;
  return (
    <Table<Task>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={[...props.tasks].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))}
      locale={{ emptyText: <Empty description={t.noTasks} /> }}
      columns={[
        { title: t.task, key: 'title', width: '20em', render: (_, task) => task.title },
        {
          title: t.leadUnit,
          key: 'lead',
          width: '11em',
          render: (_, task) => props.unitNames.get(task.leadUnitId) ?? '',
        },
        {
          title: t.deadline,
          key: 'deadline',
          width: '8em',
          render: (_, task) => (task.deadline ? formatDateVi(task.deadline) : (task.deadlineText ?? '—')),
        },
        {
          title: t.status,
          key: 'status',
          width: '12em',
          render: (_, task) => {
            const status = effectiveTaskStatus(task, props.today);
            const late = daysOverdue(task, props.today);
            return (
              <Tag color={statusColor[status]}>
                {m.taskStatus[status]}
                {late > 0 ? ` (${late} ngày)` : ''}
              </Tag>
            );
          },
        },
      ]}
    />
  );
}

function AddPlanForm({ programme }: { programme: Programme }) {
  const m = useMessages();
  const t = m.programmePlans;
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ year: number; title: string; code: string }>();
  const add = async (values: { year: number; title: string; code: string }) => {
    try {
      await createRecord(write, 'plan', {
        spaceId: programmeSpace(programme.id),
        programmeId: programme.id,
        year: values.year,
        title: values.title ?? '',
        code: values.code ?? null,
      });
      form.resetFields();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={(values) => void add(values)} style={{ marginBottom: 12 }}>
      <Form.Item name="year" label={t.year} rules={[{ required: true, message: t.year }]}>
        <InputNumber
          min={programme.termStart}
          max={programme.termEnd}
          controls={false}
          style={{ width: '6em' }}
        />
      </Form.Item>
      <Form.Item name="code" label={t.code}>
        <Input style={{ width: '10em' }} placeholder="25-KH/QU" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t.title}
        rules={[{ required: true, whitespace: true, message: t.title }]}
      >
        <Input style={{ width: '24em', maxWidth: '100%' }} />
      </Form.Item>
      <Button htmlType="submit">{t.add}</Button>
    </Form>
  );
}

/** Kế hoạch thực hiện: the yearly plans, each with its tasks, their status and what is overdue. */
export function PlansTab(props: {
  programme: Programme;
  today: IsoDate;
  unitNames: ReadonlyMap<string, string>;
  /** Only reading: the plans are listed, no form to add one. */
  readOnly?: boolean;
}) {
  const m = useMessages();
  const t = m.programmePlans;
  const work = useProgrammeWork(props.programme.id);
  if (work === undefined) return <Spin />;
  return (
    <section>
      {!props.readOnly && <AddPlanForm programme={props.programme} />}
      <Table<Plan>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={work.plans}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t.empty} /> }}
        expandable={{
          // The expand buttons' column has no heading to see; a screen reader hears what it does.
          columnTitle: <span className="sr-only">{t.expandColumn}</span>,
          expandedRowRender: (plan) => (
            <TaskTable
              tasks={work.tasksByPlan.get(plan.id) ?? []}
              today={props.today}
              unitNames={props.unitNames}
            />
          ),
        }}
        columns={[
          { title: t.year, dataIndex: 'year', width: '5em' },
          { title: t.code, key: 'code', width: '9em', render: (_, plan) => plan.code ?? '' },
          { title: t.title, dataIndex: 'title', width: '20em' },
          {
            title: m.programmes.tabs.tasks,
            key: 'tasks',
            width: '12em',
            render: (_, plan) => {
              const tasks = work.tasksByPlan.get(plan.id) ?? [];
              const overdue = tasks.filter((task) => isTaskOverdue(task, props.today)).length;
              return (
                <Space size={4}>
                  <span>{t.tasks(tasks.length)}</span>
                  {overdue > 0 && <Tag color="red">{t.overdue(overdue)}</Tag>}
                </Space>
              );
            },
          },
        ]}
      />
    </section>
  );
}

/** Nhiệm vụ: every task given under the programme or its plans. */
export function TasksTab(props: {
  programmeId: string;
  today: IsoDate;
  unitNames: ReadonlyMap<string, string>;
}) {
  const work = useProgrammeWork(props.programmeId);
  if (work === undefined) return <Spin />;
  return <TaskTable tasks={work.tasks} today={props.today} unitNames={props.unitNames} />;
}

/** Hội nghị that name the programme. */
export function MeetingsTab({ programme }: { programme: Programme }) {
  const m = useMessages();
  const meetings = useProgrammeMeetings(programme.code, programme.title);
  if (meetings === undefined) return <Spin />;
  return (
    <List
      dataSource={meetings}
      locale={{ emptyText: <Empty description={m.programmePlans.noMeetings} /> }}
      renderItem={(meeting) => (
        <List.Item>
          <Space direction="vertical" size={0}>
            <a href={`#/meetings/${meeting.id}`}>{meeting.title}</a>
            <Typography.Text type="secondary">{formatDateTimeVi(meeting.startsAt)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
