import { Form, Input, Modal } from 'antd';
import { useMessages } from '../../i18n/messages.ts';

/** Asks why someone is absent; an absence is not recorded without a reason. */
export function AbsenceReasonModal(props: {
  name: string;
  initial: string;
  onCancel: () => void;
  onSave: (reason: string) => void;
}) {
  const m = useMessages();
  const t = m.attendeeEdit;
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t.reasonTitle(props.name)}
      okText={m.meetingEdit.save}
      cancelText={m.meetingEdit.cancel}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        initialValues={{ reason: props.initial }}
        onFinish={(values) => props.onSave(values.reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t.reason}
          rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
