import type { KeyboardEvent } from 'react';
import { arrowMoves, navColumns } from './grid-nav.ts';
import type { GridEditing } from './use-indicator-grid-editing.ts';

/** While a cell is edited: Escape cancels, Enter saves and moves down (Shift: up), Tab saves and moves on. */
function onEditingKey(event: KeyboardEvent<HTMLTableElement>, grid: GridEditing): void {
  const { active } = grid;
  if (event.key === 'Escape') {
    event.preventDefault();
    grid.cancelEdit();
  } else if (event.key === 'Enter' && !event.altKey) {
    event.preventDefault();
    void grid.commit(() => grid.moveTo(active.row + (event.shiftKey ? -1 : 1), active.col));
  } else if (event.key === 'Tab') {
    event.preventDefault();
    void grid.commit(() => grid.step(0, event.shiftKey ? -1 : 1));
  }
}

/**
 * Between cells: arrows and Tab move (Tab leaves the grid past its first or last cell), Enter or F2 edits,
 * Delete clears, and a typed character starts an edit with it.
 */
function onMovingKey(event: KeyboardEvent<HTMLTableElement>, grid: GridEditing): void {
  const { active } = grid;
  const rowCount = grid.gridRows.rowCount;
  const move = arrowMoves[event.key];
  if (move) {
    event.preventDefault();
    if (move[0] === 1 && active.row >= rowCount - 1) return;
    grid.moveTo(active.row + move[0], active.col + move[1]);
  } else if (event.key === 'Tab') {
    const atEnd = active.col === navColumns.length - 1 && active.row >= rowCount - 1;
    const atStart = active.col === 0 && active.row === 0;
    if ((event.shiftKey && atStart) || (!event.shiftKey && atEnd)) return;
    event.preventDefault();
    grid.step(0, event.shiftKey ? -1 : 1);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    grid.startEdit();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    grid.startEdit('');
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    grid.startEdit(event.key);
  }
}

/** The grid's keyboard, as a spreadsheet has it; keys wait while a save runs. */
export function onGridKey(event: KeyboardEvent<HTMLTableElement>, grid: GridEditing): void {
  if (grid.busy) return;
  if (grid.editing) onEditingKey(event, grid);
  else onMovingKey(event, grid);
}
