import { useEffect, useState, type RefObject } from 'react';
import { focusCell } from './grid-reveal.ts';
import { navColumns, steppedCell, type Cell } from './grid-nav.ts';
import type { useGridRows } from './use-grid-rows.ts';

/**
 * The active cell and its focus: a move by the keyboard or mouse stays within the rows (and the new row
 * below them), and the active cell (in `tableRef`) takes the focus after it unless a cell is being edited,
 * scrolled clear of the grid's sticky heading row and name column.
 */
export function useGridCursor(
  tableRef: RefObject<HTMLTableElement | null>,
  savedRows: number,
  gridRows: ReturnType<typeof useGridRows>,
  editing: boolean,
) {
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  /** Bumped by every move the keyboard or mouse makes, so the active cell takes the focus after it. */
  const [focusRequest, setFocusRequest] = useState(0);
  const requestFocus = () => setFocusRequest((n) => n + 1);

  const activeKey = `${gridRows.keyAt(active.row)}:${active.row >= savedRows ? 'new' : 'saved'}`;
  useEffect(() => {
    if (focusRequest === 0 || editing) return;
    const table = tableRef.current;
    const focused = table?.ownerDocument.activeElement;
    // The new row becomes the saved indicator's row (a new element): keep the focus in the grid.
    if (focused && focused !== table.ownerDocument.body && !table.contains(focused)) return;
    const cell = table?.querySelector<HTMLElement>(`[data-cell="${active.row}-${active.col}"]`);
    if (cell) focusCell(cell);
  }, [tableRef, focusRequest, active, editing, activeKey]);

  const moveTo = (row: number, col: number) => {
    const lastRow = savedRows - 1;
    gridRows.follow(row);
    requestFocus();
    const maxRow = Math.max(0, row > lastRow ? savedRows : lastRow);
    setActive({
      row: Math.min(Math.max(0, row), maxRow),
      col: Math.min(Math.max(0, col), navColumns.length - 1),
    });
  };

  const step = (dRow: number, dCol: number) => {
    const next = steppedCell(active, dRow, dCol);
    if (next) moveTo(next.row, next.col);
  };

  return { active, requestFocus, moveTo, step };
}
