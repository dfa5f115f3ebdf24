import {
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { taskPriorities, taskStatuses } from '../../../../shared/domain/task.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { parseDeadlineVi } from '../../../../shared/text/deadline.ts';
import { matchesSearch } from '../../../../shared/text/search.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { TaskFormValues } from './task-form.ts';

const search = {
  filterOption: (input: string, option?: { label: string }) => matchesSearch(input, option?.label ?? ''),
};
const dateProps = {
  getValueProps: (value: IsoDate | null) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

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
}

/** Every field of a task, with Vietnamese messages; a deadline phrase fills in the due date. */
export function TaskEditor(props: TaskEditorProps) {
  const m = useMessages();
  const t = m.taskForm;
  const { form, lookups } = props;
  const sourceKind = Form.useWatch('sourceKind', form) ?? props.initial.sourceKind;
  const programmeId = Form.useWatch('programmeId', form);
  const meetingId = Form.useWatch('meetingId', form);
  const deadlineText = Form.useWatch('deadlineText', form) ?? '';
  const difficult = Form.useWatch('difficult', form) ?? false;
  const parsed = deadlineText.trim() ? parseDeadlineVi(deadlineText, props.today) : null;
  const units = lookups.units.map((unit) => ({ value: unit.id, label: unit.shortName ?? unit.name }));
  const people = lookups.people.map((person) => ({
    value: person.id,
    label: `${person.name} — ${person.position}`,
  }));
  const plans = lookups.plans.filter((plan) => plan.programmeId === programmeId);
  const conclusions = lookups.conclusions.filter((c) => c.meetingId === meetingId);

  const onValuesChange = (changed: Partial<TaskFormValues>) => {
    if (changed.deadlineText !== undefined) {
      const date = changed.deadlineText.trim() ? parseDeadlineVi(changed.deadlineText, props.today) : null;
      if (date) form.setFieldValue('deadline', date.date);
    }
    if (changed.programmeId !== undefined) form.setFieldValue('planId', null);
    if (changed.meetingId !== undefined) form.setFieldValue('conclusionId', null);
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
      <Flex gap={12} wrap>
        <Form.Item name="sourceKind" label={m.tasks.source} style={{ minWidth: 200 }}>
          <Select
            disabled={!props.creating}
            options={(['plan', 'programme', 'conclusion'] as const).map((kind) => ({
              value: kind,
              label: m.taskSourceKind[kind],
            }))}
          />
        </Form.Item>
        {(sourceKind === 'programme' || sourceKind === 'plan') && (
          <Form.Item
            name="programmeId"
            label={t.programme}
            style={{ flex: 1, minWidth: 240 }}
            rules={[{ required: true, message: t.programmeRequired }]}
          >
            <Select
              disabled={!props.creating}
              showSearch={search}
              options={lookups.programmes.map((p) => ({ value: p.id, label: p.label }))}
            />
          </Form.Item>
        )}
        {sourceKind === 'conclusion' && (
          <Form.Item
            name="meetingId"
            label={t.meeting}
            style={{ flex: 1, minWidth: 240 }}
            rules={[{ required: true, message: t.meetingRequired }]}
          >
            <Select
              disabled={!props.creating}
              showSearch={search}
              options={lookups.meetings.map((mt) => ({ value: mt.id, label: mt.label }))}
            />
          </Form.Item>
        )}
      </Flex>
      {sourceKind === 'plan' && (
        <Form.Item name="planId" label={t.plan} rules={[{ required: true, message: t.planRequired }]}>
          <Select
            disabled={!props.creating}
            options={plans.map((plan) => ({ value: plan.id, label: plan.label }))}
          />
        </Form.Item>
      )}
      {sourceKind === 'conclusion' && (
        <Form.Item
          name="conclusionId"
          label={t.conclusion}
          rules={[{ required: true, message: t.conclusionRequired }]}
        >
          <Select
            disabled={!props.creating}
            showSearch={search}
            options={conclusions.map((c) => ({
              value: c.id,
              label: `(${c.number}) ${c.text.slice(0, 160)}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="leadUnitId" label={m.tasks.lead} rules={[{ required: true, message: t.leadRequired }]}>
        <Select showSearch={search} options={units} />
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
        <Select mode="multiple" showSearch={search} options={units} />
      </Form.Item>
      <Form.Item name="responsiblePersonId" label={m.tasks.responsible}>
        <Select allowClear showSearch={search} options={people} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name="deadlineText"
          label={m.tasks.deadlineText}
          style={{ flex: 2, minWidth: 260 }}
          extra={
            deadlineText.trim()
              ? parsed
                ? m.tasks.deadlineParsed(formatDateVi(parsed.date))
                : m.tasks.deadlineUnknown
              : m.tasks.deadlineHint
          }
          rules={[{ max: 300, message: t.deadlineTextTooLong }]}
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
          rules={[{ required: true, type: 'integer', min: 0, max: 100, message: t.progressRange }]}
        >
          <InputNumber min={0} max={100} precision={0} suffix="%" />
        </Form.Item>
      </Flex>
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
            <Select showSearch={search} options={people} />
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
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={props.saving}>
          {props.creating ? m.tasks.create : m.tasks.save}
        </Button>
        {props.onComplete && <Button onClick={props.onComplete}>{t.markDone}</Button>}
      </Flex>
    </Form>
  );
}
