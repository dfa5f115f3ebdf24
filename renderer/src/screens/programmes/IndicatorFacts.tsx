import { Descriptions, Tag } from 'antd';
import { directionWords } from '../../../../shared/domain/indicator-cells.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import { useMessages } from '../../i18n/messages.ts';
import { statusColors } from './StatusTags.tsx';

const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/** The head of an indicator's detail: its status and percent, direction, baseline, target and lead unit. */
export function IndicatorFacts(props: {
  assessed: AssessedIndicator;
  unitNames: ReadonlyMap<string, string>;
}) {
  const m = useMessages();
  const { indicator, assessment } = props.assessed;
  return (
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
        <Descriptions.Item label={m.indicatorDetail.override}>{assessment.reason}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
