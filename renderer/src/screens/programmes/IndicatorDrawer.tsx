import { App, Button, Drawer, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import type { Indicator, IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { comparePeriods, periodKindLabels } from '../../../../shared/domain/period.ts';
import { tryParseNumberVi } from '../../../../shared/text/parse-number.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';

interface ResultForm {
  periodId: string;
  result: string;
  note: string;
}

/** Cập nhật kết quả: an indicator's figure for one period, typed with a decimal comma, and its note. */
export function IndicatorDrawer(props: {
  indicator: Indicator | null;
  periods: IndicatorPeriod[];
  onClose: () => void;
}) {
  const m = useMessages();
  const { write } = useDb();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultForm>();
  const sorted = [...props.periods].sort((a, b) => comparePeriods(b.period, a.period));
  const [periodId, setPeriodId] = useState<string | null>(null);
  const current = sorted.find((p) => p.id === periodId) ?? sorted[0] ?? null;

  useEffect(() => {
    if (current) {
      form.setFieldsValue({
        periodId: current.id,
        result: current.result === null ? '' : String(current.result).replace('.', ','),
        note: current.note ?? '',
      });
    }
  }, [current, form]);

  const save = async (values: ResultForm) => {
    if (!current) return;
    const result = values.result.trim() === '' ? null : tryParseNumberVi(values.result);
    try {
      await updateRecord(write, 'indicatorPeriod', current.id, { result, note: values.note });
      void message.success(m.tasks.saved);
      props.onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  return (
    <Drawer
      open={props.indicator !== null}
      onClose={props.onClose}
      title={props.indicator?.name}
      width={560}
      destroyOnHidden
    >
      <Form<ResultForm> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item name="periodId" label={m.programmes.editResult}>
          <Select
            onChange={(id: string) => setPeriodId(id)}
            options={sorted.map((p) => ({
              value: p.id,
              label: `${periodKindLabels[p.period.kind]} ${p.period.year}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="result"
          label={`${m.programmes.result}${props.indicator?.unitOfMeasure ? ` (${props.indicator.unitOfMeasure})` : ''}`}
          rules={[
            {
              validator: async (_, value: string) => {
                if (value && value.trim() !== '' && tryParseNumberVi(value) === null)
                  throw new Error(m.programmes.invalidNumber);
              },
            },
          ]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label={m.programmes.note}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!current}>
          {m.tasks.save}
        </Button>
      </Form>
      {current && <RecordHistory entity="indicatorPeriod" recordId={current.id} />}
    </Drawer>
  );
}
