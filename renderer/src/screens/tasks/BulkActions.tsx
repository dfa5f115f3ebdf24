import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Unit } from '../../../../shared/domain/directory.ts';
import type { Task } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { parseDeadlineVi } from '../../../../shared/text/deadline.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import { useDb } from '../../db/db-context.tsx';
import { applyBulk, type BulkChange } from '../../data/task-actions.ts';
import { useAccess } from '../../data/use-access.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ClosingReportModal } from './ClosingReportModal.tsx';

type Dialog = 'reassign' | 'deadline' | 'done' | null;

interface BulkForm {
  leadUnitId?: string;
  deadlineText?: string;
  deadline?: Dayjs | null;
}

/**
 * Bulk actions on the selected tasks: reassign the lead unit, change the deadline, mark done (with one
 * closing report). Each task goes through the one write path, so each change is in its history.
 */
export function BulkActions(props: {
  tasks: readonly Task[];
  units: readonly Unit[];
  today: IsoDate;
  me: { personId: string | null };
  onDone: () => void;
}) {
  const m = useMessages();
  const b = m.taskBulk;
  const { write } = useDb();
  const { message, notification } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<BulkForm>();
  const deadlineText = Form.useWatch('deadlineText', form) ?? '';
  const parsed = deadlineText.trim() ? parseDeadlineVi(deadlineText, props.today) : null;
  const access = useAccess();
  const count = props.tasks.length;
  // Each action goes only to the tasks the server would accept it for: reassigning and the deadline need
  // the right to write the task's space; completing is also the lead unit's (status, progress, report).
  const writable = props.tasks.filter((task) => access.canWrite(task.spaceId));
  const completable = props.tasks.filter(
    (task) => access.canEditTaskField(task, 'status') && access.canReportProgress(task),
  );
  if (count === 0) return null;

  const apply = async (change: BulkChange) => {
    setSaving(true);
    try {
      const targets = change.kind === 'done' ? completable : writable;
      const result = await applyBulk(write, targets, change);
      if (result.failures.length > 0)
        notification.warning({ title: b.failed, description: result.failures.join('\n') });
      if (result.changed > 0) void message.success(b.applied(result.changed));
      setDialog(null);
      form.resetFields();
      props.onDone();
    } finally {
      setSaving(false);
    }
  };

  const confirm = async () => {
    const values = await form.validateFields();
    if (dialog === 'reassign' && values.leadUnitId)
      await apply({ kind: 'reassign', leadUnitId: values.leadUnitId });
    if (dialog === 'deadline') {
      const date = values.deadline?.format('YYYY-MM-DD') ?? parsed?.date;
      if (date) await apply({ kind: 'deadline', deadline: date, deadlineText: deadlineText.trim() || null });
    }
  };

  const units = props.units.map((unit) => ({ value: unit.id, label: unit.shortName ?? unit.name }));
  return (
    <Alert
      type="info"
      role="region"
      aria-label={b.selected(count)}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="bulk-count">
            {b.selected(count)}
          </Typography.Text>
          {writable.length > 0 && (
            <>
              <Button onClick={() => setDialog('reassign')}>{b.reassign}</Button>
              <Button onClick={() => setDialog('deadline')}>{b.deadline}</Button>
            </>
          )}
          {completable.length > 0 && <Button onClick={() => setDialog('done')}>{b.markDone}</Button>}
          {completable.length === 0 && writable.length === 0 ? (
            <Typography.Text type="secondary" data-testid="bulk-read-only">
              {m.access.bulkReadOnly}
            </Typography.Text>
          ) : (
            writable.length < count && (
              <Typography.Text type="secondary" data-testid="bulk-skipped">
                {m.access.bulkSkipped(count - writable.length)}
              </Typography.Text>
            )
          )}
          <Button type="link" onClick={props.onDone}>
            {b.clear}
          </Button>
          <Modal
            open={dialog === 'reassign' || dialog === 'deadline'}
            title={
              dialog === 'reassign' ? b.reassignTitle(writable.length) : b.deadlineTitle(writable.length)
            }
            okText={b.apply}
            cancelText={m.tasks.cancel}
            confirmLoading={saving}
            onCancel={() => setDialog(null)}
            onOk={() => void confirm()}
            destroyOnHidden
          >
            <Form form={form} name="task-bulk" layout="vertical" preserve={false}>
              {dialog === 'reassign' ? (
                <Form.Item
                  name="leadUnitId"
                  label={b.newLead}
                  rules={[{ required: true, message: m.taskForm.leadRequired }]}
                >
                  <Select
                    showSearch={{
                      filterOption: (input, option) => matchesSearch(input, option?.label ?? ''),
                    }}
                    options={units}
                  />
                </Form.Item>
              ) : (
                <>
                  <Form.Item
                    name="deadlineText"
                    label={m.tasks.deadlineText}
                    extra={
                      deadlineText.trim()
                        ? parsed
                          ? m.tasks.deadlineParsed(formatDateVi(parsed.date))
                          : m.tasks.deadlineUnknown
                        : m.tasks.deadlineHint
                    }
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name="deadline"
                    label={m.tasks.deadlineDate}
                    rules={[
                      {
                        validator: (_, value: Dayjs | null | undefined) =>
                          value || parsed
                            ? Promise.resolve()
                            : Promise.reject(new Error(m.tasks.deadlineUnknown)),
                      },
                    ]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                </>
              )}
            </Form>
          </Modal>
          <ClosingReportModal
            open={dialog === 'done'}
            title={b.doneTitle(completable.length)}
            saving={saving}
            onCancel={() => setDialog(null)}
            onConfirm={(text) =>
              void apply({
                kind: 'done',
                closing: { reportDate: props.today, text, authorId: props.me.personId },
              })
            }
          />
        </Flex>
      }
    />
  );
}
