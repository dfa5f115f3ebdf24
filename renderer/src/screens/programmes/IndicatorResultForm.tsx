import { App, Button, Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { indicatorStatuses, type IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { writeFigures } from '../../data/indicator-writes.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import { useMe } from '../../data/use-me.ts';
import { useDb } from '../../db/db-context.tsx';
import { ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { figuresPatchOf, resultFormValuesOf, typedNumber, type ResultForm } from './indicator-result-form.ts';

/**
 * A period's figures to edit: the period, planned and result (typed with a decimal comma), the note, and a
 * status set by hand, which needs its reason. Saving closes the detail.
 */
export function IndicatorResultForm(props: {
  assessed: AssessedIndicator;
  /** The periods, newest first, and the one shown. */
  periods: readonly IndicatorPeriod[];
  current: IndicatorPeriod;
  /** " (hộ)": the unit after the figures' labels. */
  unit: string;
  personNames: ReadonlyMap<string, string>;
  onChoose: (periodId: string) => void;
  onSaved: () => void;
}) {
  const m = useMessages();
  const d = m.indicatorDetail;
  const [form] = Form.useForm<ResultForm>();
  const override = Form.useWatch('override', form);
  const save = useSaveFigures(props.assessed, props.current, props.onSaved);
  const { current, unit } = props;

  useEffect(() => {
    form.setFieldsValue(resultFormValuesOf(current));
  }, [current, form]);

  const numberRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (value && value.trim() !== '' && typedNumber(value) === null)
        throw new Error(m.programmes.invalidNumber);
    },
  };

  return (
    <Form<ResultForm> form={form} layout="vertical" onFinish={(values) => void save(values)}>
      <Form.Item name="periodId" label={m.programmes.editResult}>
        <Select
          onChange={(id: string) => props.onChoose(id)}
          options={props.periods.map((p) => ({ value: p.id, label: formatPeriodVi(p.period) }))}
        />
      </Form.Item>
      <Form.Item name="planned" label={`${m.indicatorGrid.planned}${unit}`} rules={[numberRule]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="result" label={`${m.programmes.result}${unit}`} rules={[numberRule]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="note" label={m.programmes.note}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="override" label={d.overrideStatus}>
        <Select
          options={[
            { value: 'auto', label: d.automatic },
            ...indicatorStatuses.map((s) => ({ value: s, label: m.indicatorStatus[s] })),
          ]}
        />
      </Form.Item>
      {override !== undefined && override !== 'auto' && (
        <Form.Item
          name="reason"
          label={d.overrideReason}
          rules={[{ required: true, whitespace: true, message: d.reasonRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      )}
      {current.enteredAt !== null && (
        <Typography.Paragraph type="secondary">
          {d.enteredBy}: {current.enteredBy ? (props.personNames.get(current.enteredBy) ?? '') : '—'} ·{' '}
          {formatDateTimeVi(current.enteredAt)}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit">
        {m.tasks.save}
      </Button>
    </Form>
  );
}

/** Saves the form's figures as the period's, by whoever is signed in; a refused value shows why. */
function useSaveFigures(assessed: AssessedIndicator, current: IndicatorPeriod, onSaved: () => void) {
  const m = useMessages();
  const { write } = useDb();
  const me = useMe();
  const { message } = App.useApp();
  const { indicator, periods } = assessed;
  return async (values: ResultForm) => {
    try {
      await writeFigures(write, {
        indicatorId: indicator.id,
        programmeId: indicator.programmeId,
        period: current.period,
        existing: periods,
        enteredBy: me?.person.id ?? null,
        patch: figuresPatchOf(values),
      });
      void message.success(m.tasks.saved);
      onSaved();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };
}
