import { App, Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useDb } from '../../db/db-context.tsx';
import { ValidationFailure } from '../../db/write.ts';
import { postProgressReport } from '../../data/task-actions.ts';
import { useMessages } from '../../i18n/messages.ts';

interface ReportForm {
  reportDate: Dayjs;
  progress: number;
  text: string;
}

interface ReportFormProps {
  task: Task;
  today: IsoDate;
  /** The unit the report is filed under. */
  unitId: string;
  authorId: string | null;
  /** The newest report's date: an older report does not move the task's progress. */
  newestDate: IsoDate | null;
}

/** Posting a report: saved on this machine at once (works offline); the text is cleared for the next one. */
function usePostReport(props: ReportFormProps) {
  const r = useMessages().taskReports;
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportForm>();
  const [saving, setSaving] = useState(false);
  const post = async (values: ReportForm) => {
    setSaving(true);
    try {
      await postProgressReport(
        write,
        props.task,
        {
          reportDate: values.reportDate.format('YYYY-MM-DD'),
          progress: values.progress,
          text: values.text,
          unitId: props.unitId,
          authorId: props.authorId,
        },
        props.newestDate,
      );
      form.resetFields(['text']);
      void message.success(r.posted);
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    } finally {
      setSaving(false);
    }
  };
  return { form, saving, post };
}

/** A unit's dated progress report: the date, the percent done and what was done. */
export function ProgressReportForm(props: ReportFormProps) {
  const m = useMessages();
  const r = m.taskReports;
  const { form, saving, post } = usePostReport(props);
  return (
    <Form<ReportForm>
      form={form}
      name="task-report"
      layout="vertical"
      aria-label={m.tasks.reports}
      initialValues={{ reportDate: dayjs(props.today), progress: props.task.progress, text: '' }}
      onFinish={(values) => void post(values)}
    >
      <Flex gap={12} wrap>
        <Form.Item name="reportDate" label={r.date} rules={[{ required: true, message: r.dateRequired }]}>
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item
          name="progress"
          label={r.percent}
          rules={[{ required: true, type: 'integer', min: 0, max: 100, message: m.taskForm.progressRange }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="text"
        label={r.text}
        rules={[
          { required: true, whitespace: true, message: r.textRequired },
          { max: 20_000, message: m.taskForm.descriptionTooLong },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {r.post}
      </Button>
    </Form>
  );
}
