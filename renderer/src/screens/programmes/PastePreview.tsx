import { Table, Typography, type TableColumnsType } from 'antd';
import './programmes.css';
import { directionWords } from '../../../../shared/domain/indicator-cells.ts';
import type { PastedIndicator } from '../../../../shared/domain/indicator-paste.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import { formatNumberVi } from '../../../../shared/text/number-format.ts';
import { useMessages } from '../../i18n/messages.ts';
import type { Messages } from '../../i18n/vi.ts';

const figure = (value: number | null) => (value === null ? '' : formatNumberVi(value));

/** The preview's columns: the indicator as it will be added, its figures per period on one line. */
function previewColumns(
  m: Messages,
  unitNames: ReadonlyMap<string, string>,
): TableColumnsType<PastedIndicator> {
  const g = m.indicatorGrid;
  return [
    { title: m.programmes.number, dataIndex: 'number', width: '3.5em' },
    { title: m.programmes.indicator, dataIndex: 'name', width: '18em' },
    { title: m.programmes.unitOfMeasure, dataIndex: 'unitOfMeasure', width: '7em' },
    { title: g.direction, key: 'direction', width: '6em', render: (_, row) => directionWords[row.direction] },
    { title: g.baseline, key: 'b', width: '6em', render: (_, row) => figure(row.baseline) },
    { title: m.programmes.target, key: 't', width: '8em', render: (_, row) => figure(row.termTarget) },
    {
      title: `${g.planned} / ${m.programmes.result}`,
      key: 'figures',
      render: (_, row) =>
        row.periods
          .map((f) => `${formatPeriodVi(f.period)}: ${figure(f.planned)} / ${figure(f.result)}`)
          .join('; '),
    },
    {
      title: m.programmes.congressShort,
      key: 'c',
      width: '5em',
      render: (_, row) => (row.congressResolution ? '✓' : ''),
    },
    {
      title: g.leadUnit,
      key: 'lead',
      width: '11em',
      render: (_, row) => (row.leadUnitId ? (unitNames.get(row.leadUnitId) ?? '') : ''),
    },
  ];
}

/** The pasted rows as they will be added, before anything is saved. */
export function PastePreview(props: { rows: PastedIndicator[]; unitNames: ReadonlyMap<string, string> }) {
  const m = useMessages();
  return (
    <>
      <Typography.Title level={2} className="programme-subheading" data-testid="paste-preview">
        {m.indicatorPaste.preview(props.rows.length)}
      </Typography.Title>
      <Table<PastedIndicator>
        size="small"
        rowKey="line"
        pagination={false}
        scroll={{ x: 'max-content', y: 320 }}
        dataSource={props.rows}
        columns={previewColumns(m, props.unitNames)}
      />
    </>
  );
}
