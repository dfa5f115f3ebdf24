import { App, Button, Drawer, Form, Input, Select, Typography } from 'antd';
import type { Conclusion } from '../../../../shared/domain/meeting-record.ts';
import type { Meeting } from '../../../../shared/domain/meeting.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { parseDeadlineVi } from '../../../../shared/text/deadline.ts';
import { todayInHoChiMinh } from '../../../../shared/text/ho-chi-minh-time.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useDb } from '../../db/db-context.tsx';
import { createRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { taskFromConclusion, type AssignForm } from './conclusion-task.ts';
import { useWriteFailure } from './use-write-failure.ts';

export interface UnitOption {
  value: string;
  label: string;
}

/**
 * Giao nhiệm vụ: a conclusion becomes a task for a lead unit, with cooperating units and a deadline as
 * the meeting wrote it ("xong trong tháng 01/2022" → 31/01/2022). The task keeps its link to the conclusion.
 */
export function AssignTaskDrawer(props: {
  meeting: Meeting;
  conclusion: Conclusion | null;
  units: UnitOption[];
  onClose: () => void;
}) {
  const m = useMessages();
  const { write } = useDb();
  const { message } = App.useApp();
  const fail = useWriteFailure();
  const [form] = Form.useForm<AssignForm>();
  const deadlineText = Form.useWatch('deadlineText', form) ?? '';
  const reference = todayInHoChiMinh(props.meeting.startsAt);
  const parsed = deadlineText.trim() ? parseDeadlineVi(deadlineText, reference) : null;
  const { conclusion, meeting } = props;

  const save = async (values: AssignForm) => {
    if (!conclusion) return;
    try {
      await createRecord(write, 'task', taskFromConclusion(meeting, conclusion, values, parsed));
      void message.success(m.meetings.assigned);
      form.resetFields();
      props.onClose();
    } catch (error) {
      fail(error);
    }
  };

  const filter = (input: string, option?: UnitOption) => matchesSearch(input, option?.label ?? '');
  return (
    <Drawer
      open={conclusion !== null}
      onClose={props.onClose}
      title={m.meetings.assignTitle}
      width={600}
      destroyOnHidden
    >
      {conclusion && (
        <Typography.Paragraph type="secondary">
          ({conclusion.number}) {conclusion.text}
        </Typography.Paragraph>
      )}
      <Form<AssignForm>
        form={form}
        layout="vertical"
        initialValues={{
          title: conclusion?.text.slice(0, 1000) ?? '',
          cooperatingUnitIds: [],
          deadlineText: '',
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="title" label={m.tasks.title} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="leadUnitId" label={m.tasks.lead} rules={[{ required: true }]}>
          <Select showSearch options={props.units} filterOption={filter} />
        </Form.Item>
        <Form.Item name="cooperatingUnitIds" label={m.meetings.cooperating}>
          <Select mode="multiple" showSearch options={props.units} filterOption={filter} />
        </Form.Item>
        <Form.Item
          name="deadlineText"
          label={m.meetings.deadlineText}
          extra={
            deadlineText.trim()
              ? parsed
                ? m.meetings.deadlineParsed(formatDateVi(parsed.date))
                : m.meetings.deadlineUnknown
              : null
          }
        >
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {m.meetings.assign}
        </Button>
      </Form>
    </Drawer>
  );
}
