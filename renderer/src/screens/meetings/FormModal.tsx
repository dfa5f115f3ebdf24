import { App, Form, Modal, type FormProps } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../../i18n/messages.ts';
import { useWriteFailure } from './use-write-failure.ts';

/**
 * The dialog the meeting's item forms share: the fields in a vertical form, "Lưu" submits it, and once
 * `onSave` has written the values it says so and closes; a refused write keeps the dialog open.
 */
export function FormModal<Values>(props: {
  title: ReactNode;
  width: number;
  initialValues: FormProps<Values>['initialValues'];
  onSave: (values: Values) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const m = useMessages();
  const { message } = App.useApp();
  const fail = useWriteFailure();
  const [form] = Form.useForm<Values>();

  const save = async (values: Values) => {
    try {
      await props.onSave(values);
      void message.success(m.meetingEdit.saved);
      props.onClose();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Modal
      open
      title={props.title}
      okText={m.meetingEdit.save}
      cancelText={m.meetingEdit.cancel}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={props.width}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={props.initialValues}
        onFinish={(values) => void save(values)}
      >
        {props.children}
      </Form>
    </Modal>
  );
}
