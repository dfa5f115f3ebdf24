import { Checkbox, Flex, Form, InputNumber, Select, type FormInstance } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import type { TaskFormValues } from './task-form.ts';
import { searchByLabel, type LabelledOption } from './task-options.ts';

/** The difficult-task mark; once ticked, who registered it and for which year are required. */
export function TaskDifficultFields(props: { form: FormInstance<TaskFormValues>; people: LabelledOption[] }) {
  const t = useMessages().taskForm;
  const difficult = Form.useWatch('difficult', props.form) ?? false;
  return (
    <>
      <Form.Item name="difficult" valuePropName="checked">
        <Checkbox>{t.difficult}</Checkbox>
      </Form.Item>
      {difficult && (
        <Flex gap={12} wrap>
          <Form.Item
            name="difficultRegistrantId"
            label={t.registrant}
            style={{ flex: 1, minWidth: 240 }}
            rules={[{ required: true, message: t.registrantRequired }]}
          >
            <Select showSearch={searchByLabel} options={props.people} />
          </Form.Item>
          <Form.Item
            name="difficultYear"
            label={t.year}
            rules={[{ required: true, type: 'integer', min: 1945, max: 2200, message: t.yearRequired }]}
          >
            <InputNumber min={1945} max={2200} precision={0} />
          </Form.Item>
        </Flex>
      )}
    </>
  );
}
