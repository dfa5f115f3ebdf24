import { Alert, DatePicker, Form, Input, Modal, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ParsedDeadline } from '../../../../shared/text/deadline.ts';
import { useMessages } from '../../i18n/messages.ts';
import { deadlineHint } from './deadline-hint.ts';
import { searchByLabel, type LabelledOption } from './task-options.ts';
import type { BulkDialog, BulkForm } from './use-bulk-actions.ts';

/** The bulk dialog that edits a field of the selected tasks: their lead unit, or their deadline. */
export function BulkEditModal(props: {
  dialog: BulkDialog;
  /** How many of the selected tasks the change goes to. */
  count: number;
  /** Units' own tasks among those the user may edit: a reassign keeps their lead unit, and says so. */
  ownSkipped: number;
  form: FormInstance<BulkForm>;
  units: LabelledOption[];
  deadlineText: string;
  parsed: ParsedDeadline | null;
  saving: boolean;
  onCancel: () => void;
  onOk: () => void;
}) {
  const m = useMessages();
  const b = m.taskBulk;
  const { dialog } = props;
  return (
    <Modal
      open={dialog === 'reassign' || dialog === 'deadline'}
      title={dialog === 'reassign' ? b.reassignTitle(props.count) : b.deadlineTitle(props.count)}
      okText={b.apply}
      cancelText={m.tasks.cancel}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={props.onOk}
      destroyOnHidden
    >
      {dialog === 'reassign' && props.ownSkipped > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="bulk-own-skipped"
          title={b.ownSkipped(props.ownSkipped)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={props.form} name="task-bulk" layout="vertical" preserve={false}>
        {dialog === 'reassign' ? (
          <Form.Item
            name="leadUnitId"
            label={b.newLead}
            rules={[{ required: true, message: m.taskForm.leadRequired }]}
          >
            <Select showSearch={searchByLabel} options={props.units} />
          </Form.Item>
        ) : (
          <BulkDeadlineFields deadlineText={props.deadlineText} parsed={props.parsed} />
        )}
      </Form>
    </Modal>
  );
}

/** The new deadline as a phrase or a date; one of them must give a date. */
function BulkDeadlineFields(props: { deadlineText: string; parsed: ParsedDeadline | null }) {
  const m = useMessages();
  const { parsed } = props;
  return (
    <>
      <Form.Item
        name="deadlineText"
        label={m.tasks.deadlineText}
        extra={deadlineHint(m.tasks, props.deadlineText, parsed)}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={m.tasks.deadlineDate}
        rules={[
          {
            validator: (_, value: Dayjs | null | undefined) =>
              value || parsed ? Promise.resolve() : Promise.reject(new Error(m.tasks.deadlineUnknown)),
          },
        ]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </>
  );
}
