import {
  Alert,
  App,
  Button,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Progress,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { useDb } from '../../db/db-context.tsx';
import { ValidationFailure } from '../../db/write.ts';
import { postProgressReport, reportingUnit } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useTaskUpdates } from '../../data/use-task-updates.ts';
import { useMessages } from '../../i18n/messages.ts';

interface ReportForm {
  reportDate: Dayjs;
  progress: number;
  text: string;
}

/**
 * Báo cáo tiến độ: a unit posts a dated report with a percent and text; the timeline shows every report
 * of the task, newest first. Saved on this machine at once (works offline), synced later.
 */
export function ProgressReports(props: {
  task: Task;
  today: IsoDate;
  me: { personId: string | null; unitId: string | null };
  unitName: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const r = m.taskReports;
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportForm>();
  const [saving, setSaving] = useState(false);
  const updates = useTaskUpdates(props.task);
  const { task } = props;
  const access = useAccess();
  const canReport = access.canReportProgress(task);
  // Only the lead-unit rule allows it: the report must be filed under the user's own unit.
  const unitId = access.leadReportUnit(task) ?? reportingUnit(task, props.me.unitId);

  const post = async (values: ReportForm) => {
    setSaving(true);
    try {
      await postProgressReport(
        write,
        task,
        {
          reportDate: values.reportDate.format('YYYY-MM-DD'),
          progress: values.progress,
          text: values.text,
          unitId,
          authorId: props.me.personId,
        },
        updates?.[0]?.reportDate ?? null,
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

  return (
    <Flex vertical gap={16}>
      {canReport ? (
        <Form<ReportForm>
          form={form}
          name="task-report"
          layout="vertical"
          aria-label={m.tasks.reports}
          initialValues={{ reportDate: dayjs(props.today), progress: task.progress, text: '' }}
          onFinish={(values) => void post(values)}
        >
          <Flex gap={12} wrap>
            <Form.Item name="reportDate" label={r.date} rules={[{ required: true, message: r.dateRequired }]}>
              <DatePicker format="DD/MM/YYYY" allowClear={false} />
            </Form.Item>
            <Form.Item
              name="progress"
              label={r.percent}
              rules={[
                { required: true, type: 'integer', min: 0, max: 100, message: m.taskForm.progressRange },
              ]}
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
      ) : (
        <Alert type="info" showIcon data-testid="reports-read-only" title={m.access.reportsReadOnly} />
      )}
      {updates && updates.length === 0 ? (
        <Empty description={r.empty} />
      ) : (
        <Timeline
          data-testid="report-timeline"
          items={(updates ?? []).map((update) => ({
            key: update.id,
            children: (
              <article data-testid="progress-report">
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{formatDateVi(update.reportDate)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {props.unitName.get(update.unitId) ?? ''}
                  </Typography.Text>
                  <Progress percent={update.progress} size="small" style={{ width: 140 }} />
                </Flex>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                  {update.text}
                </Typography.Paragraph>
              </article>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
