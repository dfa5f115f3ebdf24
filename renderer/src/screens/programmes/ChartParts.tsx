import { formatNumberVi } from '../../../../shared/text/number-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import { chartColors } from './chart-colors.ts';
import { H, PAD, path, W, type ChartScale, type Point } from './chart-scale.ts';

/** The value grid with its labels, the years under the time axis, and both axes. */
export function ChartAxes({ scale }: { scale: ChartScale }) {
  const { x, y } = scale;
  return (
    <>
      {scale.yTicks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={chartColors.grid} />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill={chartColors.text}>
            {formatNumberVi(v)}
          </text>
        </g>
      ))}
      {scale.years.map((year) => (
        <text
          key={year}
          x={x(year)}
          y={H - PAD.bottom + 16}
          textAnchor="middle"
          fontSize="11"
          fill={chartColors.text}
        >
          {year}
        </text>
      ))}
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke={chartColors.axis} />
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={H - PAD.bottom}
        y2={H - PAD.bottom}
        stroke={chartColors.axis}
      />
    </>
  );
}

/** The term target: a red dashed line across the chart, labelled with its value. */
export function ChartTarget(props: { scale: ChartScale; target: number; unit: string }) {
  const d = useMessages().indicatorDetail;
  const y = props.scale.y(props.target);
  return (
    <g data-testid="chart-target">
      <line
        x1={PAD.left}
        x2={W - PAD.right}
        y1={y}
        y2={y}
        stroke={chartColors.target}
        strokeDasharray="6 4"
        strokeWidth="2"
      />
      <text x={W - PAD.right} y={y - 6} textAnchor="end" fontSize="11" fill={chartColors.target}>
        {d.targetLine}: {formatNumberVi(props.target)} {props.unit}
      </text>
    </g>
  );
}

/** The plans: a grey dashed line through small squares, each with its value as a tooltip. */
export function ChartPlans(props: { scale: ChartScale; plans: readonly Point[]; unit: string }) {
  const d = useMessages().indicatorDetail;
  const { x, y } = props.scale;
  return (
    <>
      {props.plans.length > 0 && (
        <path
          d={path(props.plans.map((p) => ({ x: x(p.t), y: y(p.v) })))}
          fill="none"
          stroke={chartColors.plan}
          strokeDasharray="3 3"
          strokeWidth="1.5"
        />
      )}
      {props.plans.map((p) => (
        <rect key={`p${p.t}`} x={x(p.t) - 3} y={y(p.v) - 3} width="6" height="6" fill={chartColors.plan}>
          <title>{`${d.plannedLegend} ${p.label}: ${formatNumberVi(p.v)} ${props.unit}`}</title>
        </rect>
      ))}
    </>
  );
}

/** The results: a blue line through dots, each labelled with its value. */
export function ChartResults(props: { scale: ChartScale; results: readonly Point[]; unit: string }) {
  const { x, y } = props.scale;
  return (
    <>
      {props.results.length > 0 && (
        <path
          d={path(props.results.map((p) => ({ x: x(p.t), y: y(p.v) })))}
          fill="none"
          stroke={chartColors.result}
          strokeWidth="2.5"
        />
      )}
      {props.results.map((p) => (
        <g key={`r${p.t}`} data-testid="chart-result">
          <circle cx={x(p.t)} cy={y(p.v)} r="4.5" fill={chartColors.result}>
            <title>{`${p.label}: ${formatNumberVi(p.v)} ${props.unit}`}</title>
          </circle>
          <text x={x(p.t)} y={y(p.v) - 9} textAnchor="middle" fontSize="11" fill={chartColors.result}>
            {formatNumberVi(p.v)}
          </text>
        </g>
      ))}
    </>
  );
}

/** Which line is which: results, plans, target. */
export function ChartLegend() {
  const d = useMessages().indicatorDetail;
  return (
    <g transform={`translate(${PAD.left}, ${H - 14})`} fontSize="11" fill={chartColors.text}>
      <line x1="0" x2="18" y1="-4" y2="-4" stroke={chartColors.result} strokeWidth="2.5" />
      <text x="22" y="0">
        {d.resultLegend}
      </text>
      <line
        x1="90"
        x2="108"
        y1="-4"
        y2="-4"
        stroke={chartColors.plan}
        strokeDasharray="3 3"
        strokeWidth="1.5"
      />
      <text x="112" y="0">
        {d.plannedLegend}
      </text>
      <line
        x1="180"
        x2="198"
        y1="-4"
        y2="-4"
        stroke={chartColors.target}
        strokeDasharray="6 4"
        strokeWidth="2"
      />
      <text x="202" y="0">
        {d.targetLine}
      </text>
    </g>
  );
}
