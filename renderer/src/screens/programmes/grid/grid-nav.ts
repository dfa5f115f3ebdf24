import { gridColumns, type GridField } from './grid-columns.ts';

/** A column the keyboard moves through: an editable one, or the status (which opens the detail). */
export type NavColumn = (typeof gridColumns)[number] | 'status';
export const navColumns: readonly NavColumn[] = [
  ...gridColumns.slice(0, 7),
  'status',
  ...gridColumns.slice(7),
];

export const navField = (column: NavColumn): GridField | 'status' =>
  column === 'status' ? 'status' : column.field;

export interface Cell {
  row: number;
  col: number;
}

/** The moves of the arrow keys, as [rows, columns]. */
export const arrowMoves: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The cell Tab (or Shift+Tab) reaches: past a row's end it wraps onto the next row; none before the first cell. */
export function steppedCell(from: Cell, dRow: number, dCol: number): Cell | null {
  let { row, col } = from;
  col += dCol;
  if (col >= navColumns.length) {
    col = 0;
    row += 1;
  } else if (col < 0) {
    if (row === 0) return null;
    col = navColumns.length - 1;
    row -= 1;
  }
  return { row: row + dRow, col };
}
