import type { Indicator, IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { useMessages } from '../../i18n/messages.ts';
import { chartColors } from './chart-colors.ts';
import { chartPoints, chartScale, H, W } from './chart-scale.ts';
import { ChartAxes, ChartLegend, ChartPlans, ChartResults, ChartTarget } from './ChartParts.tsx';

/**
 * Kết quả qua các kỳ: results (solid blue, with the baseline at the term's start) and plans (dashed grey) per period,
 * against the term target (a red line). Plain SVG, so it prints and needs nothing else.
 */
export function IndicatorChart(props: {
  indicator: Indicator;
  periods: readonly IndicatorPeriod[];
  term: { start: number; end: number };
}) {
  const m = useMessages();
  const d = m.indicatorDetail;
  const { indicator, term } = props;
  const baselineLabel = `${m.indicatorGrid.baseline} ${term.start}`;
  const { results, plans } = chartPoints(indicator, props.periods, term, baselineLabel);
  const target = indicator.termTarget;
  if (results.length === 0 && plans.length === 0) return <p>{d.noData}</p>;

  const values = [...results, ...plans].map((p) => p.v).concat(target === null ? [] : [target]);
  const scale = chartScale(values, term);
  const unit = indicator.unitOfMeasure;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={d.chartLabel(indicator.name)}
        data-testid="indicator-chart"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        // As wide as the drawer, which grows with the font step: the labels grow with it.
        style={{ background: chartColors.background }}
      >
        <ChartAxes scale={scale} />
        {target !== null && <ChartTarget scale={scale} target={target} unit={unit} />}
        <ChartPlans scale={scale} plans={plans} unit={unit} />
        <ChartResults scale={scale} results={results} unit={unit} />
        <ChartLegend />
      </svg>
    </figure>
  );
}
