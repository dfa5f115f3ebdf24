import { Button, Flex, Form } from 'antd';
import type { Task, TaskStatus } from '../../../../shared/domain/task.ts';
import { useMessages } from '../../i18n/messages.ts';
import { StatusProgressItems } from './StatusProgressItems.tsx';

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
        <StatusProgressItems />
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
