import { Form, InputNumber, Select } from 'antd';
import { taskStatuses } from '../../../../shared/domain/task.ts';
import { useMessages } from '../../i18n/messages.ts';

/** A task's status and percent done: the full editor and the lead unit's form ask them the same way. */
export function StatusProgressItems() {
  const m = useMessages();
  return (
    <>
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
    </>
  );
}
