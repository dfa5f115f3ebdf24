import { Form, Select } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import { searchByLabel, type LabelledOption } from './task-options.ts';

/** Who carries the task out: the lead unit, the cooperating units (never the lead itself) and the person. */
export function TaskAssignmentFields(props: { units: LabelledOption[]; people: LabelledOption[] }) {
  const m = useMessages();
  const t = m.taskForm;
  return (
    <>
      <Form.Item name="leadUnitId" label={m.tasks.lead} rules={[{ required: true, message: t.leadRequired }]}>
        <Select showSearch={searchByLabel} options={props.units} />
      </Form.Item>
      <Form.Item
        name="cooperatingUnitIds"
        label={m.tasks.cooperating}
        dependencies={['leadUnitId']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string[] | undefined) =>
              value?.includes(getFieldValue('leadUnitId') as string)
                ? Promise.reject(new Error(t.leadNotCooperating))
                : Promise.resolve(),
          }),
        ]}
      >
        <Select mode="multiple" showSearch={searchByLabel} options={props.units} />
      </Form.Item>
      <Form.Item name="responsiblePersonId" label={m.tasks.responsible}>
        <Select allowClear showSearch={searchByLabel} options={props.people} />
      </Form.Item>
    </>
  );
}
