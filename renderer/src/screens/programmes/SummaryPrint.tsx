import {
  formatAchievedOrExpected,
  formatCongressSummary,
  formatStatusCounts,
} from '../../../../shared/domain/rollup-phrases.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatDateVi } from '../../../../shared/text/date-format.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import type { ProgrammeSummary } from '../../data/programme-summary.ts';
import { useMessages } from '../../i18n/messages.ts';
import './print.css';

/** Opens the system's print dialog; the print stylesheet shows only the summary. */
export function printSummary(): void {
  window.print();
}

const figure = (value: number | null) => (value === null ? '' : formatNumberVi(value));

/** Báo cáo tổng hợp of one programme, for paper: the roll-up phrases and the indicator table. */
export function ProgrammeSummaryPrint({ summary, asOf }: { summary: ProgrammeSummary; asOf: IsoDate }) {
  const m = useMessages();
  const { programme, rollup } = summary;
  return (
    <div className="programme-print" data-testid="programme-print">
      <h1>
        {programme.code} — {programme.title}
      </h1>
      <p>
        {m.programmes.asOf}: {formatDateVi(asOf)}. {formatAchievedOrExpected(rollup)} (
        {formatStatusCounts(rollup.counts)}). {formatCongressSummary(rollup)}.
      </p>
      <table>
        <thead>
          <tr>
            <th>{m.programmes.number}</th>
            <th>{m.programmes.indicator}</th>
            <th>{m.programmes.unitOfMeasure}</th>
            <th>{m.programmes.target}</th>
            <th>{m.programmes.latest}</th>
            <th>{m.programmes.percent}</th>
            <th>{m.programmes.status}</th>
          </tr>
        </thead>
        <tbody>
          {summary.indicators.map(({ indicator, assessment, latestResult }) => (
            <tr key={indicator.id}>
              <td>{indicator.number}</td>
              <td>
                {indicator.name}
                {indicator.congressResolution ? ` (${m.programmes.congressShort})` : ''}
              </td>
              <td>{indicator.unitOfMeasure}</td>
              <td>{figure(indicator.termTarget)}</td>
              <td>{figure(latestResult)}</td>
              <td>{assessment.percent === null ? '' : formatPercentVi(assessment.percent)}</td>
              <td>{m.indicatorStatus[assessment.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Tổng hợp các chương trình of one term, for paper: one line per programme. */
export function TermSummaryPrint(props: { term: string; asOf: IsoDate; rows: readonly ProgrammeSummary[] }) {
  const m = useMessages();
  return (
    <div className="programme-print" data-testid="term-print">
      <h1>{m.programmes.summaryOf(props.term)}</h1>
      <p>
        {m.programmes.asOf}: {formatDateVi(props.asOf)}
      </p>
      <table>
        <thead>
          <tr>
            <th>{m.programmes.code}</th>
            <th>{m.programmes.title}</th>
            <th>{m.programmes.indicators}</th>
            <th>{m.programmes.rollup}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ programme, rollup }) => (
            <tr key={programme.id}>
              <td>{programme.code}</td>
              <td>{programme.title}</td>
              <td>{rollup.total}</td>
              <td>
                {formatAchievedOrExpected(rollup)}; {formatStatusCounts(rollup.counts)}.{' '}
                {formatCongressSummary(rollup)}.
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
