import { Flex, Form, Select } from 'antd';
import { taskPriorities } from '../../../../shared/domain/task.ts';
import { useMessages } from '../../i18n/messages.ts';
import { StatusProgressItems } from './StatusProgressItems.tsx';

/** Where the task stands: its priority, status and percent done. */
export function TaskProgressFields() {
  const m = useMessages();
  return (
    <Flex gap={12} wrap>
      <Form.Item name="priority" label={m.tasks.priority} style={{ minWidth: 150 }}>
        <Select options={taskPriorities.map((p) => ({ value: p, label: m.taskPriority[p] }))} />
      </Form.Item>
      <StatusProgressItems />
    </Flex>
  );
}
