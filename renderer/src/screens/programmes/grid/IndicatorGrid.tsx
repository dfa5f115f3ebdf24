import { Alert, Button, Typography } from 'antd';
import { useRef } from 'react';
import { useMessages } from '../../../i18n/messages.ts';
import './grid.css';
import type { GridContext, GridField, GridRowValues, GridValue } from './grid-columns.ts';
import { gridHeaders } from './grid-headers.ts';
import { onGridKey } from './grid-keys.ts';
import { DRAFT, isBlank, type GridRow } from './grid-rows.ts';
import { GridBodyRow } from './GridBodyRow.tsx';
import { GridHead } from './GridHead.tsx';
import { useIndicatorGridEditing } from './use-indicator-grid-editing.ts';
import { alertIcon } from '../alert-icons.tsx';

export type { GridRow } from './grid-rows.ts';

export interface IndicatorGridProps {
  rows: readonly GridRow[];
  ctx: GridContext;
  /** "năm 2022": the period whose plan and result columns show. */
  periodLabel: string;
  onSave(rowKey: string, field: GridField, value: GridValue): Promise<void>;
  /** Adds a new indicator with the values typed in the new row; answers its row key. */
  onCreate(values: GridRowValues): Promise<string>;
  /** Opens an indicator's detail (the status cell's Enter, the row's "Chi tiết"). */
  onOpen(rowKey: string): void;
}

/**
 * Bảng nhập liệu chỉ tiêu, like a spreadsheet: arrows or Tab/Shift+Tab move between cells; Enter, F2 or
 * typing edits a cell; Enter saves and moves down, Tab saves and moves right, Escape cancels. A value the
 * column refuses stays in the cell with its message and is not saved. Below the last row a new row is
 * typed in; it is saved as an indicator once it has a name.
 */
export function IndicatorGrid(props: IndicatorGridProps) {
  const m = useMessages();
  const g = m.indicatorGrid;
  const tableRef = useRef<HTMLTableElement>(null);
  const grid = useIndicatorGridEditing(props, tableRef);
  const { draft } = grid.gridRows;
  const headers = gridHeaders(m, props.periodLabel);

  return (
    <div className="indicator-grid-wrap">
      <Typography.Paragraph type="secondary">{g.keyboardHelp}</Typography.Paragraph>
      <div className="indicator-grid-scroll" data-testid="indicator-grid-scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-label={g.caption}
          className="indicator-grid"
          onKeyDown={(event) => onGridKey(event, grid)}
        >
          <GridHead headers={headers} />
          <tbody>
            {[...props.rows.map((r) => r.values), ...(draft ? [draft.values] : [])].map((values, row) => (
              <GridBodyRow
                key={props.rows[row]?.key ?? DRAFT}
                row={row}
                values={values}
                gridRow={props.rows[row]}
                grid={grid}
                headers={headers}
                ctx={props.ctx}
                onOpen={props.onOpen}
              />
            ))}
          </tbody>
        </table>
      </div>
      {draft && draft.values.name === '' && !isBlank(draft.values) && (
        <Alert type="warning" showIcon icon={alertIcon.warning} title={g.needName} style={{ marginTop: 8 }} />
      )}
      <div style={{ marginTop: 8 }}>
        <Button onClick={grid.addRow}>{g.addRow}</Button>
      </div>
    </div>
  );
}
