import { App, Button, Descriptions, Drawer, Form, Input, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { directionWords } from '../../../../shared/domain/indicator-cells.ts';
import { indicatorStatuses, type IndicatorStatus } from '../../../../shared/domain/indicator.ts';
import { comparePeriods, formatPeriodVi } from '../../../../shared/domain/period.ts';
import type { Programme } from '../../../../shared/domain/programme.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import { tryParseNumberVi } from '../../../../shared/text/parse-number.ts';
import { writeFigures } from '../../data/indicator-writes.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import { useMe } from '../../data/use-me.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord, ValidationFailure } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorPeriodView } from './IndicatorPeriodView.tsx';
import { statusColors } from './StatusTags.tsx';

interface ResultForm {
  periodId: string;
  planned: string;
  result: string;
  note: string;
  override: IndicatorStatus | 'auto';
  reason: string;
}

const editNumber = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/**
 * Chi tiết chỉ tiêu: its figures over time as a chart against the term target, the result of a period
 * (typed with a decimal comma), a status set by hand with its reason, notes, and the history of every value.
 */
export function IndicatorDrawer(props: {
  assessed: AssessedIndicator;
  programme: Programme;
  unitNames: ReadonlyMap<string, string>;
  personNames: ReadonlyMap<string, string>;
  /** Only reading: the figures, the status set by hand and the note as text, no form. */
  readOnly?: boolean;
  onClose: () => void;
}) {
  const m = useMessages();
  const d = m.indicatorDetail;
  const { write } = useDb();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultForm>();
  const { indicator, assessment, periods } = props.assessed;
  const sorted = [...periods].sort((a, b) => comparePeriods(b.period, a.period));
  const [periodId, setPeriodId] = useState<string | null>(null);
  const current = sorted.find((p) => p.id === periodId) ?? sorted[0] ?? null;
  const override = Form.useWatch('override', form);
  const [note, setNote] = useState(indicator.note);

  useEffect(() => {
    if (current) {
      form.setFieldsValue({
        periodId: current.id,
        planned: editNumber(current.planned),
        result: editNumber(current.result),
        note: current.note,
        override: current.statusOverride?.status ?? 'auto',
        reason: current.statusOverride?.reason ?? '',
      });
    }
  }, [current, form]);

  const number = (text: string) => (text.trim() === '' ? null : tryParseNumberVi(text.replace(/\s*%$/u, '')));
  const numberRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (value && value.trim() !== '' && number(value) === null) throw new Error(m.programmes.invalidNumber);
    },
  };

  const save = async (values: ResultForm) => {
    if (!current) return;
    try {
      await writeFigures(write, {
        indicatorId: indicator.id,
        programmeId: indicator.programmeId,
        period: current.period,
        existing: periods,
        enteredBy: me?.person.id ?? null,
        patch: {
          planned: number(values.planned),
          result: number(values.result),
          note: values.note,
          statusOverride:
            values.override === 'auto' ? null : { status: values.override, reason: values.reason },
        },
      });
      void message.success(m.tasks.saved);
      props.onClose();
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  const saveNote = async () => {
    try {
      await updateRecord(write, 'indicator', indicator.id, { note });
      void message.success(m.tasks.saved);
    } catch (error) {
      if (error instanceof ValidationFailure) void message.error(error.issues.join('; '));
      else throw error;
    }
  };

  const unit = indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : '';
  return (
    <Drawer
      open
      onClose={props.onClose}
      title={`${indicator.number}. ${indicator.name}`}
      width={680}
      destroyOnHidden
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={m.programmes.status}>
          <Tag color={statusColors[assessment.status]}>{m.indicatorStatus[assessment.status]}</Tag>
          {assessment.percent !== null && formatPercentVi(assessment.percent)}
        </Descriptions.Item>
        <Descriptions.Item label={m.indicatorGrid.direction}>
          {directionWords[indicator.direction]}
        </Descriptions.Item>
        <Descriptions.Item label={m.indicatorGrid.baseline}>{figure(indicator.baseline)}</Descriptions.Item>
        <Descriptions.Item label={m.programmes.target}>
          {figure(indicator.termTarget)} {indicator.unitOfMeasure}
        </Descriptions.Item>
        <Descriptions.Item label={m.indicatorGrid.leadUnit}>
          {indicator.leadUnitId ? (props.unitNames.get(indicator.leadUnitId) ?? '') : '—'}
        </Descriptions.Item>
        {assessment.overridden && (
          <Descriptions.Item label={d.override}>{assessment.reason}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{d.chart}</Typography.Title>
      <IndicatorChart
        indicator={indicator}
        periods={periods}
        term={{ start: props.programme.termStart, end: props.programme.termEnd }}
      />
      {current === null ? (
        <Typography.Paragraph type="secondary">{d.needPeriod}</Typography.Paragraph>
      ) : props.readOnly ? (
        <IndicatorPeriodView
          periods={sorted}
          current={current}
          unit={unit}
          personNames={props.personNames}
          onChoose={setPeriodId}
        />
      ) : (
        <Form<ResultForm> form={form} layout="vertical" onFinish={(values) => void save(values)}>
          <Form.Item name="periodId" label={m.programmes.editResult}>
            <Select
              onChange={(id: string) => setPeriodId(id)}
              options={sorted.map((p) => ({ value: p.id, label: formatPeriodVi(p.period) }))}
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
      )}
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {d.indicatorNote}
      </Typography.Title>
      {props.readOnly ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="indicator-note">
          {indicator.note || '—'}
        </Typography.Paragraph>
      ) : (
        <>
          <Input.TextArea
            aria-label={d.indicatorNote}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            autoSize={{ minRows: 2 }}
          />
          <Button style={{ marginTop: 8 }} onClick={() => void saveNote()} disabled={note === indicator.note}>
            {d.updateNote}
          </Button>
        </>
      )}
      {current && <RecordHistory entity="indicatorPeriod" recordId={current.id} />}
      <RecordHistory entity="indicator" recordId={indicator.id} />
    </Drawer>
  );
}
