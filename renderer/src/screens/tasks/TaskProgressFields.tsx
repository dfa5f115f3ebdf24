import { Flex, Form, InputNumber, Select } from 'antd';
import { taskPriorities, taskStatuses } from '../../../../shared/domain/task.ts';
import { useMessages } from '../../i18n/messages.ts';

/** Where the task stands: its priority, status and percent done. */
export function TaskProgressFields() {
  const m = useMessages();
  return (
    <Flex gap={12} wrap>
      <Form.Item name="priority" label={m.tasks.priority} style={{ minWidth: 150 }}>
        <Select options={taskPriorities.map((p) => ({ value: p, label: m.taskPriority[p] }))} />
      </Form.Item>
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
  );
}
