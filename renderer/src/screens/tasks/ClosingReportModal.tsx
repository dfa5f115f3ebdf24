import { Form, Input, Modal, Typography } from 'antd';
import { useMessages } from '../../i18n/messages.ts';

/**
 * Hoàn thành: completing a task asks for a closing report (what was achieved), posted at 100% before the
 * task is marked done.
 */
export function ClosingReportModal(props: {
  open: boolean;
  title: string;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}) {
  const m = useMessages();
  const r = m.taskReports;
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={r.closingConfirm}
      cancelText={m.tasks.cancel}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={() => void form.validateFields().then((values) => props.onConfirm(values.text))}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{r.closingIntro}</Typography.Paragraph>
      <Form form={form} name="task-closing" layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={r.closingText}
          rules={[{ required: true, whitespace: true, message: r.textRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
