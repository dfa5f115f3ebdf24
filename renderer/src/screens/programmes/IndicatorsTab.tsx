import { PrinterOutlined, SnippetsOutlined } from '@ant-design/icons';
import { Button, Empty, Segmented, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState, type ClipboardEvent } from 'react';
import { directionWords } from '../../../../shared/domain/indicator-cells.ts';
import type { PastedIndicator } from '../../../../shared/domain/indicator-paste.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import { formatNumberVi, formatPercentVi } from '../../../../shared/text/number-format.ts';
import { addIndicators, writeFigures } from '../../data/indicator-writes.ts';
import type { ProgrammeDirectory } from '../../data/programme-directory.ts';
import type { AssessedIndicator } from '../../data/programme-summary.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMe } from '../../data/use-me.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord } from '../../db/write.ts';
import { useMessages } from '../../i18n/messages.ts';
import { IndicatorGrid, type GridRow } from './grid/IndicatorGrid.tsx';
import { rowValuesOf, samePeriod, type GridField, type GridValue } from './grid/grid-columns.ts';
import { IndicatorPasteModal } from './IndicatorPasteModal.tsx';
import { defaultPeriod, periodChoices, periodKey } from './period-choices.ts';
import { useProgrammeScreenStore } from './programme-screen-store.ts';
import { printSummary } from './SummaryPrint.tsx';
import { statusColors } from './StatusTags.tsx';

const figure = (value: number | null) => (value === null ? '—' : formatNumberVi(value));

/** The indicator table: read (a row opens its detail) or typed into like a spreadsheet; paste adds rows. */
export function IndicatorsTab(props: {
  detail: ProgrammeDetail;
  directory: ProgrammeDirectory | undefined;
  asOf: IsoDate;
  /** Only reading: no "Nhập liệu", no paste; the table opens the detail to read. */
  readOnly?: boolean;
  onOpen(indicatorId: string): void;
}) {
  const m = useMessages();
  const g = m.indicatorGrid;
  const { write } = useDb();
  const me = useMe();
  const { detail, directory } = props;
  const { programme } = detail;
  const term = { start: programme.termStart, end: programme.termEnd };
  const readOnly = props.readOnly ?? false;
  // The mode is remembered across programmes; one the user may only read always opens for reading.
  const storedMode = useProgrammeScreenStore((s) => s.mode);
  const mode = readOnly ? 'view' : storedMode;
  const setMode = useProgrammeScreenStore((s) => s.setMode);
  const chosen = useProgrammeScreenStore((s) => s.periods[programme.id]);
  const setPeriod = useProgrammeScreenStore((s) => s.setPeriod);
  const allPeriods = useMemo(() => detail.indicators.flatMap((i) => i.periods), [detail.indicators]);
  const period = chosen ?? defaultPeriod(allPeriods, term, Number(props.asOf.slice(0, 4)));
  const [pasting, setPasting] = useState<string | null>(null);
  const enteredBy = me?.person.id ?? null;

  const units = useMemo(
    () => (directory?.units ?? []).map((u) => ({ id: u.id, name: u.name, shortName: u.shortName })),
    [directory],
  );
  const unitNames = useMemo(() => directory?.unitNames ?? new Map<string, string>(), [directory]);
  const usedNumbers = useMemo(() => new Set(detail.indicators.map((i) => i.indicator.number)), [detail]);
  const byId = new Map(detail.indicators.map((i) => [i.indicator.id, i]));

  const rows: GridRow[] = detail.indicators.map(({ indicator, assessment, periods }) => ({
    key: indicator.id,
    number: indicator.number,
    values: rowValuesOf(
      indicator,
      periods.find((p) => samePeriod(p.period, period)),
    ),
    percent: assessment.percent,
    status: assessment.status,
    overridden: assessment.overridden,
  }));

  const save = async (rowKey: string, field: GridField, value: GridValue) => {
    const row = byId.get(rowKey);
    if (!row) return;
    if (field === 'planned' || field === 'result') {
      await writeFigures(write, {
        indicatorId: rowKey,
        programmeId: programme.id,
        period,
        existing: row.periods,
        enteredBy,
        patch: { [field]: value },
      });
    } else await updateRecord(write, 'indicator', rowKey, { [field]: value });
  };

  const nextNumber = () => Math.max(0, ...usedNumbers) + 1;

  const create = async (values: GridRow['values']) => {
    const { planned, result, ...fields } = values;
    const [id] = await addIndicators(
      write,
      programme,
      [{ ...fields, number: nextNumber(), note: '', periods: [{ period, planned, result }] }],
      enteredBy,
    );
    return id ?? '';
  };

  const addPasted = async (pasted: readonly PastedIndicator[]) => {
    await addIndicators(write, programme, pasted, enteredBy);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const target = event.target as HTMLElement;
    if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
    const text = event.clipboardData.getData('text/plain');
    if (text.trim() === '') return;
    event.preventDefault();
    setPasting(text);
  };

  return (
    <div onPaste={onPaste}>
      <Space wrap style={{ marginBottom: 12 }}>
        {!readOnly && (
          <Segmented<'view' | 'edit'>
            value={mode}
            onChange={setMode}
            options={[
              { value: 'view', label: g.view },
              { value: 'edit', label: g.editMode },
            ]}
          />
        )}
        <span>{g.period}</span>
        <Select
          aria-label={g.period}
          style={{ width: 220 }}
          value={periodKey(period)}
          onChange={(value: string) => {
            const found = periodChoices(term).find((c) => c.value === value);
            if (found) setPeriod(programme.id, found.period);
          }}
          options={periodChoices(term).map(({ value, label }) => ({ value, label }))}
        />
        {!readOnly && (
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting('')}>
            {g.paste}
          </Button>
        )}
        <Button icon={<PrinterOutlined />} onClick={printSummary}>
          {m.programmes.printSummary}
        </Button>
      </Space>
      {pasting !== null && !readOnly && (
        <IndicatorPasteModal
          initialText={pasting}
          period={period}
          units={units}
          unitNames={unitNames}
          usedNumbers={usedNumbers}
          onAdd={addPasted}
          onClose={() => setPasting(null)}
        />
      )}
      {mode === 'edit' ? (
        <IndicatorGrid
          rows={rows}
          ctx={{ units, unitNames }}
          periodLabel={formatPeriodVi(period)}
          onSave={save}
          onCreate={create}
          onOpen={props.onOpen}
        />
      ) : (
        <ReadTable detail={detail} unitNames={unitNames} onOpen={props.onOpen} />
      )}
    </div>
  );
}

function ReadTable(props: {
  detail: ProgrammeDetail;
  unitNames: ReadonlyMap<string, string>;
  onOpen(indicatorId: string): void;
}) {
  const m = useMessages();
  return (
    <Table<AssessedIndicator>
      rowKey={(row) => row.indicator.id}
      dataSource={props.detail.indicators}
      pagination={false}
      size="small"
      locale={{ emptyText: <Empty description={m.indicatorGrid.empty} /> }}
      onRow={(row) => ({ onClick: () => props.onOpen(row.indicator.id), style: { cursor: 'pointer' } })}
      columns={[
        { title: m.programmes.number, key: 'n', width: 60, render: (_, row) => row.indicator.number },
        {
          title: m.programmes.indicator,
          key: 'name',
          render: (_, row) => (
            <span>
              {row.indicator.name}{' '}
              {row.indicator.congressResolution && <Tag color="red">{m.programmes.congressShort}</Tag>}
            </span>
          ),
        },
        {
          title: m.programmes.unitOfMeasure,
          key: 'unit',
          width: 100,
          render: (_, row) => row.indicator.unitOfMeasure,
        },
        {
          title: m.indicatorGrid.direction,
          key: 'direction',
          width: 90,
          render: (_, row) => directionWords[row.indicator.direction],
        },
        {
          title: m.indicatorGrid.baseline,
          key: 'baseline',
          width: 90,
          render: (_, row) => figure(row.indicator.baseline),
        },
        {
          title: m.programmes.target,
          key: 'target',
          width: 100,
          render: (_, row) => figure(row.indicator.termTarget),
        },
        {
          title: m.programmes.latest,
          key: 'latest',
          width: 110,
          render: (_, row) => figure(row.latestResult),
        },
        {
          title: m.programmes.percent,
          key: 'percent',
          width: 100,
          render: (_, row) =>
            row.assessment.percent === null ? '—' : formatPercentVi(row.assessment.percent),
        },
        {
          title: m.programmes.status,
          key: 'status',
          width: 150,
          render: (_, row) => (
            <Tag color={statusColors[row.assessment.status]} title={row.assessment.reason ?? undefined}>
              {m.indicatorStatus[row.assessment.status]}
              {row.assessment.overridden ? ' *' : ''}
            </Tag>
          ),
        },
        {
          title: m.indicatorGrid.leadUnit,
          key: 'lead',
          width: 160,
          render: (_, row) =>
            row.indicator.leadUnitId ? (props.unitNames.get(row.indicator.leadUnitId) ?? '') : '',
        },
      ]}
    />
  );
}
