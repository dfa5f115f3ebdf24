import { Descriptions, Select, Typography } from 'antd';
import type { IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { formatDateTimeVi } from '../../../../shared/text/date-format.ts';
import { formatNumberVi } from '../../../../shared/text/number-format.ts';
import { useMessages } from '../../i18n/messages.ts';

const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/**
 * One period's figures to read, for a user who may only view the programme: the same facts the form
 * shows (planned, result, note, a status set by hand and why, who entered them), as plain text.
 */
export function IndicatorPeriodView(props: {
  periods: readonly IndicatorPeriod[];
  current: IndicatorPeriod;
  unit: string;
  personNames: ReadonlyMap<string, string>;
  onChoose: (periodId: string) => void;
}) {
  const m = useMessages();
  const d = m.indicatorDetail;
  const { current } = props;
  return (
    <section data-testid="indicator-period-view">
      <Typography.Paragraph>
        <Select
          aria-label={m.indicatorGrid.period}
          style={{ minWidth: 220 }}
          value={current.id}
          onChange={props.onChoose}
          options={props.periods.map((p) => ({ value: p.id, label: formatPeriodVi(p.period) }))}
        />
      </Typography.Paragraph>
      <Descriptions size="small" bordered column={1}>
        <Descriptions.Item label={`${m.indicatorGrid.planned}${props.unit}`}>
          {figure(current.planned)}
        </Descriptions.Item>
        <Descriptions.Item label={`${m.programmes.result}${props.unit}`}>
          {figure(current.result)}
        </Descriptions.Item>
        <Descriptions.Item label={m.programmes.note}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{current.note || '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={d.overrideStatus}>
          {current.statusOverride
            ? `${m.indicatorStatus[current.statusOverride.status]} — ${current.statusOverride.reason}`
            : d.automatic}
        </Descriptions.Item>
        {current.enteredAt !== null && (
          <Descriptions.Item label={d.enteredBy}>
            {current.enteredBy ? (props.personNames.get(current.enteredBy) ?? '') : '—'} ·{' '}
            {formatDateTimeVi(current.enteredAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
    </section>
  );
}
