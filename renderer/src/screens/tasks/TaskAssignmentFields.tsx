import { Form, Select } from 'antd';
import { useMessages } from '../../i18n/messages.ts';
import { searchByLabel, type LabelledOption } from './task-options.ts';

/**
 * Who carries the task out: the lead unit, the cooperating units (never the lead itself) and the person. A
 * unit's own task lives in its lead unit's space: its lead is chosen among `leadUnits` and locked once made.
 */
export function TaskAssignmentFields(props: {
  units: LabelledOption[];
  people: LabelledOption[];
  /** The lead units offered, when fewer than all (a new unit's own task: the units the user may give one). */
  leadUnits?: LabelledOption[];
  /** A unit's own task, once created: its lead unit is its space and never changes. */
  leadLocked?: boolean;
}) {
  const m = useMessages();
  const t = m.taskForm;
  return (
    <>
      <Form.Item
        name="leadUnitId"
        label={m.tasks.lead}
        rules={[{ required: true, message: t.leadRequired }]}
        {...(props.leadLocked ? { extra: t.leadLocked } : {})}
      >
        <Select
          showSearch={searchByLabel}
          options={props.leadUnits ?? props.units}
          disabled={props.leadLocked ?? false}
        />
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
