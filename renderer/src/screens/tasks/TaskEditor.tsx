import { Button, Flex, Form, Input, type FormInstance } from 'antd';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import { TaskAssignmentFields } from './TaskAssignmentFields.tsx';
import { TaskDeadlineFields } from './TaskDeadlineFields.tsx';
import { TaskDifficultFields } from './TaskDifficultFields.tsx';
import { TaskProgressFields } from './TaskProgressFields.tsx';
import { TaskSourceFields } from './TaskSourceFields.tsx';
import { parseDeadlinePhrase } from './deadline-hint.ts';
import { defaultOwnTaskLead, type TaskFormValues } from './task-form.ts';
import { personOptions, unitOptions } from './task-options.ts';

export interface TaskEditorProps {
  form: FormInstance<TaskFormValues>;
  initial: TaskFormValues;
  lookups: TaskLookups;
  /** The source decides the task's space, so it is chosen once, when the task is created. */
  creating: boolean;
  today: IsoDate;
  saving: boolean;
  onSubmit: (values: TaskFormValues) => void;
  onComplete?: () => void;
  /** A new task: the units it may be given to as a unit's own task (none: that choice is not offered). */
  ownTaskUnits?: readonly string[];
  /** The user's unit, which leads a new unit's own task by default. */
  myUnitId?: string | null;
}

/** Every field of a task, with Vietnamese messages; a deadline phrase fills in the due date. */
export function TaskEditor(props: TaskEditorProps) {
  const m = useMessages();
  const t = m.taskForm;
  const { form, lookups } = props;
  const units = unitOptions(lookups.units);
  const people = personOptions(lookups.people);
  const ownTaskUnits = props.ownTaskUnits ?? [];
  const sourceKind = Form.useWatch('sourceKind', form) ?? props.initial.sourceKind;
  const unitOwn = sourceKind === 'none';
  const ownLeads = units.filter((u) => ownTaskUnits.includes(u.value));

  // Fields that follow another: the date read from the phrase, and a plan or conclusion of the new parent.
  const onValuesChange = (changed: Partial<TaskFormValues>) => {
    if (changed.deadlineText !== undefined) {
      const date = parseDeadlinePhrase(changed.deadlineText, props.today);
      if (date) form.setFieldValue('deadline', date.date);
    }
    if (changed.programmeId !== undefined) form.setFieldValue('planId', null);
    if (changed.meetingId !== undefined) form.setFieldValue('conclusionId', null);
    // A unit's own task goes to a unit whose space the user writes: their own by default.
    if (changed.sourceKind === 'none' && !ownTaskUnits.includes(form.getFieldValue('leadUnitId') as string))
      form.setFieldValue('leadUnitId', defaultOwnTaskLead(props.myUnitId ?? null, ownTaskUnits));
  };

  return (
    <Form<TaskFormValues>
      form={form}
      name="task-edit"
      layout="vertical"
      initialValues={props.initial}
      onValuesChange={onValuesChange}
      onFinish={props.onSubmit}
      scrollToFirstError
    >
      <Form.Item
        name="title"
        label={m.tasks.title}
        rules={[
          { required: true, whitespace: true, message: t.titleRequired },
          { max: 1000, message: t.titleTooLong },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item
        name="description"
        label={m.tasks.description}
        rules={[{ max: 10_000, message: t.descriptionTooLong }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <TaskSourceFields
        form={form}
        initialKind={props.initial.sourceKind}
        lookups={lookups}
        creating={props.creating}
        unitOwnAllowed={ownTaskUnits.length > 0}
      />
      <TaskAssignmentFields
        units={units}
        people={people}
        {...(unitOwn && props.creating ? { leadUnits: ownLeads } : {})}
        leadLocked={unitOwn && !props.creating}
      />
      <TaskDeadlineFields form={form} today={props.today} />
      <TaskProgressFields />
      <TaskDifficultFields form={form} people={people} />
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={props.saving}>
          {props.creating ? m.tasks.create : m.tasks.save}
        </Button>
        {props.onComplete && <Button onClick={props.onComplete}>{t.markDone}</Button>}
      </Flex>
    </Form>
  );
}
