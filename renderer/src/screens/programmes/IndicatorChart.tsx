import type { Indicator, IndicatorPeriod } from '../../../../shared/domain/indicator.ts';
import { comparePeriods, formatPeriodVi, periodTime } from '../../../../shared/domain/period.ts';
import { formatNumberVi } from '../../../../shared/text/number-format.ts';
import { useMessages } from '../../i18n/messages.ts';

const W = 560;
const H = 260;
const PAD = { left: 64, right: 16, top: 16, bottom: 48 };

interface Point {
  t: number;
  v: number;
  label: string;
}

/** Nice round ticks between `min` and `max`. */
function ticks(min: number, max: number, count = 4): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * magnitude).find((s) => s >= raw) ?? raw;
  const first = Math.floor(min / step) * step;
  const out: number[] = [];
  for (let v = first; v < max + step; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

const path = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/**
 * Kết quả qua các kỳ: results (solid, with the baseline at the term's start) and plans (dashed) per period,
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
  const sorted = [...props.periods].sort((a, b) => comparePeriods(a.period, b.period));
  const results: Point[] = sorted
    .filter((p) => p.result !== null)
    .map((p) => ({ t: periodTime(p.period), v: p.result ?? 0, label: formatPeriodVi(p.period) }));
  if (indicator.baseline !== null) {
    results.unshift({
      t: term.start,
      v: indicator.baseline,
      label: `${m.indicatorGrid.baseline} ${term.start}`,
    });
  }
  const plans: Point[] = sorted
    .filter((p) => p.planned !== null)
    .map((p) => ({ t: periodTime(p.period), v: p.planned ?? 0, label: formatPeriodVi(p.period) }));
  const target = indicator.termTarget;
  if (results.length === 0 && plans.length === 0) return <p>{d.noData}</p>;

  const values = [...results, ...plans].map((p) => p.v).concat(target === null ? [] : [target]);
  const yTicks = ticks(Math.min(0, ...values), Math.max(...values));
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks.at(-1) ?? 1;
  const x = (t: number) =>
    PAD.left + ((t - term.start) / (term.end - term.start || 1)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - yMin) / (yMax - yMin || 1)) * (H - PAD.top - PAD.bottom);
  const years = Array.from({ length: term.end - term.start + 1 }, (_, i) => term.start + i);
  const unit = indicator.unitOfMeasure;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={d.chartLabel(indicator.name)}
        data-testid="indicator-chart"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W, background: '#fff' }}
      >
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e5e5e5" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#444">
              {formatNumberVi(v)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(year)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#444">
            {year}
          </text>
        ))}
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="#888" />
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#888" />
        {target !== null && (
          <g data-testid="chart-target">
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(target)}
              y2={y(target)}
              stroke="#cf1322"
              strokeDasharray="6 4"
              strokeWidth="2"
            />
            <text x={W - PAD.right} y={y(target) - 6} textAnchor="end" fontSize="11" fill="#cf1322">
              {d.targetLine}: {formatNumberVi(target)} {unit}
            </text>
          </g>
        )}
        {plans.length > 0 && (
          <path
            d={path(plans.map((p) => ({ x: x(p.t), y: y(p.v) })))}
            fill="none"
            stroke="#8c8c8c"
            strokeDasharray="3 3"
            strokeWidth="1.5"
          />
        )}
        {plans.map((p) => (
          <rect key={`p${p.t}`} x={x(p.t) - 3} y={y(p.v) - 3} width="6" height="6" fill="#8c8c8c">
            <title>{`${d.plannedLegend} ${p.label}: ${formatNumberVi(p.v)} ${unit}`}</title>
          </rect>
        ))}
        {results.length > 0 && (
          <path
            d={path(results.map((p) => ({ x: x(p.t), y: y(p.v) })))}
            fill="none"
            stroke="#1677ff"
            strokeWidth="2.5"
          />
        )}
        {results.map((p) => (
          <g key={`r${p.t}`} data-testid="chart-result">
            <circle cx={x(p.t)} cy={y(p.v)} r="4.5" fill="#1677ff">
              <title>{`${p.label}: ${formatNumberVi(p.v)} ${unit}`}</title>
            </circle>
            <text x={x(p.t)} y={y(p.v) - 9} textAnchor="middle" fontSize="11" fill="#1677ff">
              {formatNumberVi(p.v)}
            </text>
          </g>
        ))}
        <g transform={`translate(${PAD.left}, ${H - 14})`} fontSize="11" fill="#444">
          <line x1="0" x2="18" y1="-4" y2="-4" stroke="#1677ff" strokeWidth="2.5" />
          <text x="22" y="0">
            {d.resultLegend}
          </text>
          <line x1="90" x2="108" y1="-4" y2="-4" stroke="#8c8c8c" strokeDasharray="3 3" strokeWidth="1.5" />
          <text x="112" y="0">
            {d.plannedLegend}
          </text>
          <line x1="180" x2="198" y1="-4" y2="-4" stroke="#cf1322" strokeDasharray="6 4" strokeWidth="2" />
          <text x="202" y="0">
            {d.targetLine}
          </text>
        </g>
      </svg>
    </figure>
  );
}
