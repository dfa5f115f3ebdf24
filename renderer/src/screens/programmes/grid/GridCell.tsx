import { Tag } from 'antd';
import { useMessages } from '../../../i18n/messages.ts';
import { statusColors } from '../StatusTags.tsx';
import type { GridContext, GridRowValues } from './grid-columns.ts';
import type { GridHeaders } from './grid-headers.ts';
import { navColumns, navField, type NavColumn } from './grid-nav.ts';
import type { GridRow } from './grid-rows.ts';
import type { GridEditing } from './use-indicator-grid-editing.ts';

export interface GridCellProps {
  row: number;
  col: number;
  values: GridRowValues;
  /** The indicator of the row; none for the new row. */
  gridRow: GridRow | undefined;
  grid: GridEditing;
  headers: GridHeaders;
  ctx: GridContext;
}

/** Focuses a cell's input once, with the caret after the text (as a spreadsheet does). */
function focusAtEnd(input: HTMLInputElement | null): void {
  if (!input || input.ownerDocument.activeElement === input) return;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

function cellClass(column: NavColumn, isActive: boolean): string {
  const classes = ['indicator-grid-cell'];
  if (isActive) classes.push('is-active');
  if (column !== 'status' && column.numeric) classes.push('is-number');
  if (column !== 'status' && column.field === 'name') classes.push('is-sticky-name');
  return classes.join(' ');
}

/** One cell: the status tag, the input of the cell being edited with the column's refusal, or the value. */
export function GridCell({ row, col, values, gridRow, grid, headers, ctx }: GridCellProps) {
  const m = useMessages();
  const column = navColumns[col];
  if (!column) return null;
  const isActive = grid.active.row === row && grid.active.col === col;
  const common = {
    role: 'gridcell',
    tabIndex: isActive ? 0 : -1,
    'aria-selected': isActive,
    'data-cell': `${row}-${col}`,
    'data-field': navField(column),
    className: cellClass(column, isActive),
    onClick: () => grid.clickCell(row, col),
    onDoubleClick: () => grid.startEdit(),
  };
  if (column === 'status') {
    return (
      <td {...common}>
        {gridRow && (
          <Tag color={statusColors[gridRow.status]}>
            {m.indicatorStatus[gridRow.status]}
            {gridRow.overridden ? ' *' : ''}
          </Tag>
        )}
      </td>
    );
  }
  const { editing } = grid;
  if (isActive && editing) {
    return (
      <td {...common} className={`${common.className} is-editing`}>
        <input
          ref={focusAtEnd}
          className="indicator-grid-input"
          aria-label={headers[column.field]}
          aria-invalid={editing.error !== null}
          value={editing.text}
          onChange={(event) => grid.type(event.target.value)}
        />
        {editing.error && (
          <div role="alert" className="indicator-grid-error">
            {editing.error}
          </div>
        )}
      </td>
    );
  }
  return <td {...common}>{column.display(values, ctx)}</td>;
}
