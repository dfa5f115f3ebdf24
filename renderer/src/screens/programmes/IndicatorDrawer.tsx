import { Drawer, Typography } from 'antd';
import { useState } from 'react';
import { comparePeriods } from '../../../../shared/domain/period.ts';
import type { Programme } from '../../../../shared/domain/programme.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import { useMessages } from '../../i18n/messages.ts';
import { RecordHistory } from '../shared/RecordHistory.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { IndicatorFacts } from './IndicatorFacts.tsx';
import { IndicatorNote } from './IndicatorNote.tsx';
import { IndicatorPeriodView } from './IndicatorPeriodView.tsx';
import { IndicatorResultForm } from './IndicatorResultForm.tsx';
import './programmes.css';

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
  const { indicator, periods } = props.assessed;
  const sorted = [...periods].sort((a, b) => comparePeriods(b.period, a.period));
  const [periodId, setPeriodId] = useState<string | null>(null);
  const current = sorted.find((p) => p.id === periodId) ?? sorted[0] ?? null;

  const unit = indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : '';
  return (
    <Drawer
      open
      onClose={props.onClose}
      title={`${indicator.number}. ${indicator.name}`}
      size="min(100vw, 46em)"
      destroyOnHidden
    >
      <IndicatorFacts assessed={props.assessed} unitNames={props.unitNames} />
      <Typography.Title level={2} className="programme-subheading">
        {d.chart}
      </Typography.Title>
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
        <IndicatorResultForm
          assessed={props.assessed}
          periods={sorted}
          current={current}
          unit={unit}
          personNames={props.personNames}
          onChoose={setPeriodId}
          onSaved={props.onClose}
        />
      )}
      <IndicatorNote indicator={indicator} readOnly={props.readOnly} />
      {current && <RecordHistory entity="indicatorPeriod" recordId={current.id} />}
      <RecordHistory entity="indicator" recordId={indicator.id} />
    </Drawer>
  );
}
