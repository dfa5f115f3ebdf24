import { Flex, Form, Select, Typography, type FormInstance } from 'antd';
import type { TaskSource } from '../../../../shared/domain/task.ts';
import type { TaskLookups } from '../../data/use-task-list.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { TaskFormValues } from './task-form.ts';
import { searchByLabel } from './task-options.ts';

/**
 * Where the task was given: a programme (and its plan), a meeting's conclusion, or nowhere — a unit's own
 * task ("Việc riêng của đơn vị"), which lives in its lead unit's space. The source decides the task's
 * space, so these are chosen once, when the task is created, and read-only afterwards.
 */
export function TaskSourceFields(props: {
  form: FormInstance<TaskFormValues>;
  /** The kind shown before the form reports its own (the first render). */
  initialKind: TaskSource['kind'];
  lookups: TaskLookups;
  creating: boolean;
  /** The user may give some unit its own task (their unit's space is theirs to write). */
  unitOwnAllowed: boolean;
}) {
  const m = useMessages();
  const t = m.taskForm;
  const { form, lookups } = props;
  const sourceKind = Form.useWatch('sourceKind', form) ?? props.initialKind;
  const disabled = !props.creating;
  const kinds: TaskSource['kind'][] = ['plan', 'programme', 'conclusion'];
  if (props.unitOwnAllowed || disabled) kinds.push('none');
  return (
    <>
      <Flex gap={12} wrap>
        <Form.Item name="sourceKind" label={m.tasks.source} style={{ minWidth: 200 }}>
          <Select
            disabled={disabled}
            options={kinds.map((kind) => ({
              value: kind,
              label: kind === 'none' ? t.unitOwn : m.taskSourceKind[kind],
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
              disabled={disabled}
              showSearch={searchByLabel}
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
              disabled={disabled}
              showSearch={searchByLabel}
              options={lookups.meetings.map((mt) => ({ value: mt.id, label: mt.label }))}
            />
          </Form.Item>
        )}
      </Flex>
      {sourceKind === 'none' && (
        <Typography.Paragraph type="secondary" data-testid="unit-own-hint">
          {t.unitOwnHint}
        </Typography.Paragraph>
      )}
      <SourceItemField form={form} sourceKind={sourceKind} lookups={lookups} disabled={disabled} />
    </>
  );
}

/** The plan of the chosen programme, or the conclusion of the chosen meeting. */
function SourceItemField(props: {
  form: FormInstance<TaskFormValues>;
  sourceKind: TaskSource['kind'];
  lookups: TaskLookups;
  disabled: boolean;
}) {
  const t = useMessages().taskForm;
  const { form, sourceKind, lookups, disabled } = props;
  const programmeId = Form.useWatch('programmeId', form);
  const meetingId = Form.useWatch('meetingId', form);
  const plans = lookups.plans.filter((plan) => plan.programmeId === programmeId);
  const conclusions = lookups.conclusions.filter((c) => c.meetingId === meetingId);
  return (
    <>
      {sourceKind === 'plan' && (
        <Form.Item name="planId" label={t.plan} rules={[{ required: true, message: t.planRequired }]}>
          <Select
            disabled={disabled}
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
            disabled={disabled}
            showSearch={searchByLabel}
            options={conclusions.map((c) => ({
              value: c.id,
              label: `(${c.number}) ${c.text.slice(0, 160)}`,
            }))}
          />
        </Form.Item>
      )}
    </>
  );
}
