import { useState, type RefObject } from 'react';
import { ValidationFailure } from '../../../db/write.ts';
import type { GridContext, GridField, GridRowValues, GridValue } from './grid-columns.ts';
import { navColumns } from './grid-nav.ts';
import type { GridRow } from './grid-rows.ts';
import { useGridCursor } from './use-grid-cursor.ts';
import { useGridRows } from './use-grid-rows.ts';

/** A cell being edited: the text typed, and why the column refused it when it did. */
export interface Editing {
  text: string;
  error: string | null;
}

export interface GridEditingSources {
  rows: readonly GridRow[];
  ctx: GridContext;
  onSave(rowKey: string, field: GridField, value: GridValue): Promise<void>;
  onCreate(values: GridRowValues): Promise<string>;
  onOpen(rowKey: string): void;
}

const messageOf = (error: unknown) =>
  error instanceof ValidationFailure
    ? error.issues.join('; ')
    : error instanceof Error
      ? error.message
      : String(error);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The spreadsheet behaviour of the indicator grid: the active cell, the edit in it, and saving it. A value
 * the column refuses stays in the cell with its message; while a save runs the keyboard waits.
 */
export function useIndicatorGridEditing(
  props: GridEditingSources,
  tableRef: RefObject<HTMLTableElement | null>,
) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const gridRows = useGridRows(props);
  const cursor = useGridCursor(tableRef, props.rows.length, gridRows, editing !== null);
  const { active } = cursor;

  /** Starts editing the active cell from `text`, or from its value; the status cell opens the detail. */
  const startEdit = (text?: string) => {
    const column = navColumns[active.col];
    const values = gridRows.valuesAt(active.row);
    if (!column || !values) return;
    if (column === 'status') {
      if (active.row < props.rows.length) props.onOpen(gridRows.keyAt(active.row));
      return;
    }
    setEditing({ text: text ?? column.editText(values, props.ctx), error: null });
  };

  const cancelEdit = () => {
    setEditing(null);
    cursor.requestFocus();
  };

  /** Saves the edited cell, then does `then` (a move); a refused value keeps the edit open with why. */
  const commit = async (then: () => void) => {
    const column = navColumns[active.col];
    const values = gridRows.valuesAt(active.row);
    if (!editing || !column || column === 'status' || !values) return;
    const parsed = column.parse(editing.text, values, props.ctx);
    if (!parsed.ok) {
      setEditing({ ...editing, error: capitalise(parsed.message) });
      return;
    }
    const next = { ...values, [column.field]: parsed.value } as GridRowValues;
    try {
      setBusy(true);
      await gridRows.store(active.row, column.field, values, next);
      setEditing(null);
      cursor.requestFocus();
      then();
    } catch (error) {
      setEditing({ ...editing, error: capitalise(messageOf(error)) });
    } finally {
      setBusy(false);
    }
  };

  /** A click moves to the cell, dropping an edit elsewhere; a click in the cell being edited does nothing. */
  const clickCell = (row: number, col: number) => {
    const isActive = active.row === row && active.col === col;
    if (!isActive || !editing) {
      setEditing(null);
      cursor.moveTo(row, col);
    }
  };

  const addRow = () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    cursor.moveTo(props.rows.length, 0);
  };

  const type = (text: string) => setEditing({ text, error: null });

  return { ...cursor, gridRows, editing, busy, startEdit, cancelEdit, commit, clickCell, addRow, type };
}

export type GridEditing = ReturnType<typeof useIndicatorGridEditing>;
