import { Button, Flex, Form, InputNumber, Select } from 'antd';
import { taskStatuses, type Task, type TaskStatus } from '../../../../shared/domain/task.ts';
import { useMessages } from '../../i18n/messages.ts';

export interface TaskStatusValues {
  status: TaskStatus;
  progress: number;
}

/**
 * What the lead unit may change on a task it only reads otherwise: its status and progress (the server's
 * lead-unit rule, `shared/authz`). Completing still asks for the closing report, as in the full editor.
 */
export function TaskStatusForm(props: {
  task: Task;
  saving: boolean;
  onSubmit: (values: TaskStatusValues) => void;
  onComplete?: () => void;
}) {
  const m = useMessages();
  const [form] = Form.useForm<TaskStatusValues>();
  return (
    <Form<TaskStatusValues>
      form={form}
      name="task-status"
      layout="vertical"
      initialValues={{ status: props.task.status, progress: props.task.progress }}
      onFinish={props.onSubmit}
    >
      <Flex gap={12} wrap>
        <Form.Item name="status" label={m.tasks.status} style={{ minWidth: 170 }}>
          <Select options={taskStatuses.map((s) => ({ value: s, label: m.taskStatus[s] }))} />
        </Form.Item>
        <Form.Item
          name="progress"
          label={m.tasks.progress}
          rules={[{ required: true, type: 'integer', min: 0, max: 100, message: m.taskForm.progressRange }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" />
        </Form.Item>
      </Flex>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={props.saving}>
          {m.tasks.save}
        </Button>
        {props.onComplete && <Button onClick={props.onComplete}>{m.taskForm.markDone}</Button>}
      </Flex>
    </Form>
  );
}
