import type { HTMLAttributes } from 'react';
import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { directionWords } from '../../../../shared/domain/indicator-cells.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { Messages } from '../../i18n/vi.ts';
import './programmes.css';
import { statusColors } from './StatusTags.tsx';

/** The name's heading, for a layout test to measure. */
const nameHeader: HTMLAttributes<HTMLElement> & Record<`data-${string}`, string> = {
  'data-testid': 'indicator-read-name-header',
};

const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/** The indicator's name, a button the keyboard reaches, with "NQ ĐH" when the congress resolution names it. */
function IndicatorName(props: { row: AssessedIndicator; congressShort: string; onOpen(id: string): void }) {
  const { indicator } = props.row;
  return (
    <span>
      <button
        type="button"
        className="indicator-read-name"
        onClick={(event) => {
          event.stopPropagation();
          props.onOpen(indicator.id);
        }}
      >
        {indicator.name}
      </button>{' '}
      {indicator.congressResolution && <Tag color="red">{props.congressShort}</Tag>}
    </span>
  );
}

/** The read table's columns: the indicator, its figures, the latest result, percent, status and lead unit. */
function readColumns(
  m: Messages,
  unitNames: ReadonlyMap<string, string>,
  onOpen: (indicatorId: string) => void,
): TableColumnsType<AssessedIndicator> {
  const g = m.indicatorGrid;
  return [
    {
      title: m.programmes.number,
      key: 'n',
      width: '3.5em',
      fixed: 'left',
      render: (_, row) => row.indicator.number,
    },
    {
      title: m.programmes.indicator,
      key: 'name',
      // The name keeps at least 16em at every font step; the figures scroll sideways instead.
      width: '18em',
      fixed: 'left',
      onHeaderCell: () => nameHeader,
      render: (_, row) => (
        <IndicatorName row={row} congressShort={m.programmes.congressShort} onOpen={onOpen} />
      ),
    },
    {
      title: m.programmes.unitOfMeasure,
      key: 'unit',
      width: '7em',
      render: (_, row) => row.indicator.unitOfMeasure,
    },
    {
      title: g.direction,
      key: 'direction',
      width: '6em',
      render: (_, row) => directionWords[row.indicator.direction],
    },
    { title: g.baseline, key: 'baseline', width: '6em', render: (_, row) => figure(row.indicator.baseline) },
    {
      title: m.programmes.target,
      key: 'target',
      width: '8em',
      render: (_, row) => figure(row.indicator.termTarget),
    },
    { title: m.programmes.latest, key: 'latest', width: '8em', render: (_, row) => figure(row.latestResult) },
    {
      title: m.programmes.percent,
      key: 'percent',
      width: '6em',
      render: (_, row) => (row.assessment.percent === null ? '—' : formatPercentVi(row.assessment.percent)),
    },
    {
      title: m.programmes.status,
      key: 'status',
      width: '10em',
      render: (_, row) => (
        <Tag color={statusColors[row.assessment.status]} title={row.assessment.reason ?? undefined}>
          {m.indicatorStatus[row.assessment.status]}
          {row.assessment.overridden ? ' *' : ''}
        </Tag>
      ),
    },
    {
      title: g.leadUnit,
      key: 'lead',
      width: '12em',
      render: (_, row) => (row.indicator.leadUnitId ? (unitNames.get(row.indicator.leadUnitId) ?? '') : ''),
    },
  ];
}

/** The indicators to read: a row (or, by keyboard, the indicator's name) opens the indicator's detail. */
export function IndicatorReadTable(props: {
  detail: ProgrammeDetail;
  unitNames: ReadonlyMap<string, string>;
  onOpen(indicatorId: string): void;
}) {
  const m = useMessages();
  return (
    <div data-testid="indicator-read-table">
      <Table<AssessedIndicator>
        rowKey={(row) => row.indicator.id}
        dataSource={props.detail.indicators}
        pagination={false}
        size="small"
        // The number and name stay on the left and the heading on top; the other columns scroll sideways.
        scroll={{ x: 'max-content' }}
        sticky
        tableLayout="fixed"
        locale={{ emptyText: <Empty description={m.indicatorGrid.empty} /> }}
        onRow={(row) => ({ onClick: () => props.onOpen(row.indicator.id), style: { cursor: 'pointer' } })}
        columns={readColumns(m, props.unitNames, props.onOpen)}
      />
    </div>
  );
}
