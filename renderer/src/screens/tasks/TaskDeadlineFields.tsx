import { DatePicker, Flex, Form, Input, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { useMessages } from '../../i18n/messages.ts';
import { deadlineHint, parseDeadlinePhrase } from './deadline-hint.ts';
import type { TaskFormValues } from './task-form.ts';

/** The form keeps the deadline as an ISO date; the picker works in dayjs. */
const dateProps = {
  getValueProps: (value: IsoDate | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** The deadline as the document words it, and the date; the hint says which date the phrase was read as. */
export function TaskDeadlineFields(props: { form: FormInstance<TaskFormValues>; today: IsoDate }) {
  const m = useMessages();
  const deadlineText = Form.useWatch('deadlineText', props.form) ?? '';
  const parsed = parseDeadlinePhrase(deadlineText, props.today);
  return (
    <Flex gap={12} wrap>
      <Form.Item
        name="deadlineText"
        label={m.tasks.deadlineText}
        style={{ flex: 2, minWidth: 260 }}
        extra={deadlineHint(m.tasks, deadlineText, parsed)}
        rules={[{ max: 300, message: m.taskForm.deadlineTextTooLong }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="deadline"
        label={m.tasks.deadlineDate}
        style={{ flex: 1, minWidth: 160 }}
        {...dateProps}
      >
        <DatePicker format="DD/MM/YYYY" allowClear />
      </Form.Item>
    </Flex>
  );
}
