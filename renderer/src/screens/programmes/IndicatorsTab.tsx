import { useMemo, useState, type ClipboardEvent } from 'react';
import type { Period } from '../../../../shared/domain/indicator.ts';
import { formatPeriodVi } from '../../../../shared/domain/period.ts';
import type { IsoDate } from '../../../../shared/text/calendar-date.ts';
import type { ProgrammeDirectory } from '../../data/programme-directory.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { IndicatorGrid, type GridRow } from './grid/IndicatorGrid.tsx';
import { rowValuesOf, samePeriod } from './grid/grid-columns.ts';
import { IndicatorPasteModal } from './IndicatorPasteModal.tsx';
import { IndicatorReadTable } from './IndicatorReadTable.tsx';
import { IndicatorsToolbar } from './IndicatorsToolbar.tsx';
import { useIndicatorsView } from './use-indicators-view.ts';
import { useIndicatorWrites } from './use-indicator-writes.ts';

/** The grid's rows: each indicator with its figures of `period` and its assessment. */
const gridRowsOf = (detail: ProgrammeDetail, period: Period): GridRow[] =>
  detail.indicators.map(({ indicator, assessment, periods }) => ({
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

/** The indicator table: read (a row opens its detail) or typed into like a spreadsheet; paste adds rows. */
export function IndicatorsTab(props: {
  detail: ProgrammeDetail;
  directory: ProgrammeDirectory | undefined;
  asOf: IsoDate;
  /** Only reading: no "Nhập liệu", no paste; the table opens the detail to read. */
  readOnly?: boolean;
  onOpen(indicatorId: string): void;
}) {
  const { detail, directory } = props;
  const readOnly = props.readOnly ?? false;
  const { term, mode, setMode, period, choosePeriod } = useIndicatorsView(detail, props.asOf, readOnly);
  const [pasting, setPasting] = useState<string | null>(null);

  const units = useMemo(
    () => (directory?.units ?? []).map((u) => ({ id: u.id, name: u.name, shortName: u.shortName })),
    [directory],
  );
  const unitNames = useMemo(() => directory?.unitNames ?? new Map<string, string>(), [directory]);
  const usedNumbers = useMemo(() => new Set(detail.indicators.map((i) => i.indicator.number)), [detail]);
  const { save, create, addPasted } = useIndicatorWrites(detail, period, usedNumbers);

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
      <IndicatorsToolbar
        readOnly={readOnly}
        mode={mode}
        onMode={setMode}
        term={term}
        period={period}
        onPeriod={choosePeriod}
        onPaste={() => setPasting('')}
      />
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
          rows={gridRowsOf(detail, period)}
          ctx={{ units, unitNames }}
          periodLabel={formatPeriodVi(period)}
          onSave={save}
          onCreate={create}
          onOpen={props.onOpen}
        />
      ) : (
        <IndicatorReadTable detail={detail} unitNames={unitNames} onOpen={props.onOpen} />
      )}
    </div>
  );
}
