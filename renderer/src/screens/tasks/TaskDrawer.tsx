import { App, Button, Drawer, Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { taskStatuses, type Task } from '../../../../shared/domain/task.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';

type TaskForm = Pick<Task, 'title' | 'description' | 'status' | 'progress'>;

/** Sửa nhiệm vụ: saved on this machine at once, synced later; validation messages in Vietnamese. */
export function TaskDrawer({ task, onClose }: { task: Task | null; onClose: () => void }) {
  const m = useMessages();
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskForm>();

  useEffect(() => {
    if (task)
      form.setFieldsValue({
        title: task.title,
        description: task.description,
        status: task.status,
        progress: task.progress,
      });
  }, [task, form]);

  const save = async (values: TaskForm) => {
    if (!task) return;
    try {
      await updateRecord(write, 'task', task.id, values);
      void message.success(m.tasks.saved);
      onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  return (
    <Drawer open={task !== null} onClose={onClose} title={m.tasks.edit} width={560} destroyOnHidden>
      <Form<TaskForm> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item name="title" label={m.tasks.title} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="description" label={m.tasks.description}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.Item name="status" label={m.tasks.status}>
          <Select options={taskStatuses.map((status) => ({ value: status, label: m.taskStatus[status] }))} />
        </Form.Item>
        <Form.Item name="progress" label={m.tasks.progress}>
          <InputNumber min={0} max={100} addonAfter="%" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {m.tasks.save}
        </Button>
      </Form>
      {task && <RecordHistory entity="task" recordId={task.id} />}
    </Drawer>
  );
}
