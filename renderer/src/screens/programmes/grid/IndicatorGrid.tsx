import { Button, Tag, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { IndicatorStatus } from '../../../../../shared/domain/indicator.ts';
import { formatPercentVi } from '../../../../../shared/text/number-format.ts';
import { ValidationFailure } from '../../../db/write.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { statusColors } from '../StatusTags.tsx';
import './grid.css';
import {
  blankRowValues,
  gridColumns,
  type GridContext,
  type GridField,
  type GridRowValues,
  type GridValue,
} from './grid-columns.ts';

/** One indicator as the editor shows it. */
export interface GridRow {
  key: string;
  number: number;
  values: GridRowValues;
  percent: number | null;
  status: IndicatorStatus;
  overridden: boolean;
}

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

type NavColumn = (typeof gridColumns)[number] | 'status';
const navColumns: readonly NavColumn[] = [...gridColumns.slice(0, 7), 'status', ...gridColumns.slice(7)];
const DRAFT = '__draft__';

interface Editing {
  text: string;
  error: string | null;
}

/** The new row: its values, and once saved the key of the indicator made from it (until it is listed). */
interface Draft {
  values: GridRowValues;
  createdKey: string | null;
}

const isBlank = (values: GridRowValues) =>
  (Object.keys(blankRowValues) as (keyof GridRowValues)[]).every((k) => values[k] === blankRowValues[k]);

const messageOf = (error: unknown) =>
  error instanceof ValidationFailure
    ? error.issues.join('; ')
    : error instanceof Error
      ? error.message
      : String(error);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Focuses a cell's input once, with the caret after the text (as a spreadsheet does). */
function focusAtEnd(input: HTMLInputElement | null): void {
  if (!input || input.ownerDocument.activeElement === input) return;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
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
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [draftState, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  /** Bumped by every move the keyboard or mouse makes, so the active cell takes the focus after it. */
  const [focusRequest, setFocusRequest] = useState(0);
  const tableRef = useRef<HTMLTableElement>(null);
  const createdKey = draftState?.createdKey ?? null;
  // Once the indicator made from the new row is listed, the row shows it and the draft is done.
  const draft = createdKey !== null && props.rows.some((r) => r.key === createdKey) ? null : draftState;

  const rowCount = props.rows.length + (draft ? 1 : 0);
  const valuesAt = (row: number): GridRowValues | null =>
    props.rows[row]?.values ?? (row === props.rows.length ? (draft?.values ?? null) : null);
  const keyAt = (row: number) => props.rows[row]?.key ?? draft?.createdKey ?? DRAFT;

  const headers: Record<GridField | 'status', string> = {
    name: m.programmes.indicator,
    unitOfMeasure: m.programmes.unitOfMeasure,
    direction: g.direction,
    baseline: g.baseline,
    termTarget: m.programmes.target,
    planned: `${g.planned} ${props.periodLabel}`,
    result: `${m.programmes.result} ${props.periodLabel}`,
    status: m.programmes.status,
    congressResolution: m.programmes.congressShort,
    leadUnitId: g.leadUnit,
  };

  const activeKey = `${keyAt(active.row)}:${active.row >= props.rows.length ? 'new' : 'saved'}`;
  useEffect(() => {
    if (focusRequest === 0 || editing) return;
    const table = tableRef.current;
    const focused = table?.ownerDocument.activeElement;
    // The new row becomes the saved indicator's row (a new element): keep the focus in the grid.
    if (focused && focused !== table.ownerDocument.body && !table.contains(focused)) return;
    table?.querySelector<HTMLElement>(`[data-cell="${active.row}-${active.col}"]`)?.focus();
  }, [focusRequest, active, editing, activeKey]);

  const moveTo = (row: number, col: number) => {
    const lastRow = props.rows.length - 1;
    if (draft !== null && row !== props.rows.length && isBlank(draft.values)) setDraft(null);
    setFocusRequest((n) => n + 1);
    if (row > lastRow && !draft && row === props.rows.length)
      setDraft({ values: { ...blankRowValues }, createdKey: null });
    const maxRow = Math.max(0, row > lastRow ? props.rows.length : lastRow);
    setActive({
      row: Math.min(Math.max(0, row), maxRow),
      col: Math.min(Math.max(0, col), navColumns.length - 1),
    });
  };

  const step = (dRow: number, dCol: number) => {
    let { row, col } = active;
    col += dCol;
    if (col >= navColumns.length) {
      col = 0;
      row += 1;
    } else if (col < 0) {
      if (row === 0) return;
      col = navColumns.length - 1;
      row -= 1;
    }
    moveTo(row + dRow, col);
  };

  const startEdit = (text?: string) => {
    const column = navColumns[active.col];
    const values = valuesAt(active.row);
    if (!column || !values) return;
    if (column === 'status') {
      if (active.row < props.rows.length) props.onOpen(keyAt(active.row));
      return;
    }
    setEditing({ text: text ?? column.editText(values, props.ctx), error: null });
  };

  const commit = async (then: () => void) => {
    const column = navColumns[active.col];
    const values = valuesAt(active.row);
    if (!editing || !column || column === 'status' || !values) return;
    const parsed = column.parse(editing.text, values, props.ctx);
    if (!parsed.ok) {
      setEditing({ ...editing, error: capitalise(parsed.message) });
      return;
    }
    const key = keyAt(active.row);
    const next = { ...values, [column.field]: parsed.value } as GridRowValues;
    try {
      setBusy(true);
      if (key === DRAFT) {
        const created = next.name !== '' ? await props.onCreate(next) : null;
        setDraft({ values: next, createdKey: created });
      } else if (parsed.value !== values[column.field]) {
        if (active.row === props.rows.length) setDraft({ values: next, createdKey: key });
        await props.onSave(keyAt(active.row), column.field, parsed.value);
      }
      setEditing(null);
      setFocusRequest((n) => n + 1);
      then();
    } catch (error) {
      setEditing({ ...editing, error: capitalise(messageOf(error)) });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (busy) return;
    if (editing) {
      if (event.key === 'Escape') {
        event.preventDefault();
        setEditing(null);
        setFocusRequest((n) => n + 1);
      } else if (event.key === 'Enter' && !event.altKey) {
        event.preventDefault();
        void commit(() => moveTo(active.row + (event.shiftKey ? -1 : 1), active.col));
      } else if (event.key === 'Tab') {
        event.preventDefault();
        void commit(() => step(0, event.shiftKey ? -1 : 1));
      }
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      if (move[0] === 1 && active.row >= rowCount - 1) return;
      moveTo(active.row + move[0], active.col + move[1]);
    } else if (event.key === 'Tab') {
      const atEnd = active.col === navColumns.length - 1 && active.row >= rowCount - 1;
      const atStart = active.col === 0 && active.row === 0;
      if ((event.shiftKey && atStart) || (!event.shiftKey && atEnd)) return;
      event.preventDefault();
      step(0, event.shiftKey ? -1 : 1);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEdit();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      startEdit('');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  };

  const addRow = () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    moveTo(props.rows.length, 0);
  };

  const renderCell = (row: number, col: number, values: GridRowValues, gridRow: GridRow | undefined) => {
    const column = navColumns[col];
    if (!column) return null;
    const isActive = active.row === row && active.col === col;
    const field = column === 'status' ? 'status' : column.field;
    const common = {
      role: 'gridcell',
      tabIndex: isActive ? 0 : -1,
      'aria-selected': isActive,
      'data-cell': `${row}-${col}`,
      'data-field': field,
      className: `indicator-grid-cell${isActive ? ' is-active' : ''}${column !== 'status' && column.numeric ? ' is-number' : ''}`,
      onClick: () => {
        if (!isActive || !editing) {
          setEditing(null);
          moveTo(row, col);
        }
      },
      onDoubleClick: () => startEdit(),
    };
    if (column === 'status') {
      return (
        <td key={field} {...common}>
          {gridRow && (
            <Tag color={statusColors[gridRow.status]}>
              {m.indicatorStatus[gridRow.status]}
              {gridRow.overridden ? ' *' : ''}
            </Tag>
          )}
        </td>
      );
    }
    if (isActive && editing) {
      return (
        <td key={field} {...common} className={`${common.className} is-editing`}>
          <input
            ref={focusAtEnd}
            className="indicator-grid-input"
            aria-label={headers[column.field]}
            aria-invalid={editing.error !== null}
            value={editing.text}
            onChange={(event) => setEditing({ text: event.target.value, error: null })}
          />
          {editing.error && (
            <div role="alert" className="indicator-grid-error">
              {editing.error}
            </div>
          )}
        </td>
      );
    }
    return (
      <td key={field} {...common}>
        {column.display(values, props.ctx)}
      </td>
    );
  };

  return (
    <div className="indicator-grid-wrap">
      <Typography.Paragraph type="secondary">{g.keyboardHelp}</Typography.Paragraph>
      <table
        ref={tableRef}
        role="grid"
        aria-label={g.caption}
        className="indicator-grid"
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <th scope="col">{m.programmes.number}</th>
            {navColumns.slice(0, 7).map((c) => (
              <th scope="col" key={c === 'status' ? c : c.field}>
                {c === 'status' ? '' : headers[c.field]}
              </th>
            ))}
            <th scope="col">{m.programmes.percent}</th>
            {navColumns.slice(7).map((c) => (
              <th scope="col" key={c === 'status' ? c : c.field}>
                {c === 'status' ? headers.status : headers[c.field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...props.rows.map((r) => r.values), ...(draft ? [draft.values] : [])].map((values, row) => {
            const gridRow = props.rows[row];
            const cells = navColumns.map((_, col) => renderCell(row, col, values, gridRow));
            return (
              <tr key={gridRow?.key ?? DRAFT} data-row={gridRow ? 'indicator' : 'new'}>
                <td className="indicator-grid-number">
                  {gridRow ? (
                    <Button
                      type="link"
                      size="small"
                      title={g.details}
                      onClick={() => props.onOpen(gridRow.key)}
                    >
                      {gridRow.number}
                    </Button>
                  ) : (
                    '+'
                  )}
                </td>
                {cells.slice(0, 7)}
                <td className="is-number">
                  {gridRow?.percent === null || gridRow === undefined ? '' : formatPercentVi(gridRow.percent)}
                </td>
                {cells.slice(7)}
              </tr>
            );
          })}
        </tbody>
      </table>
      {draft && draft.values.name === '' && !isBlank(draft.values) && (
        <Typography.Text type="warning">{g.needName}</Typography.Text>
      )}
      <div style={{ marginTop: 8 }}>
        <Button onClick={addRow}>{g.addRow}</Button>
      </div>
    </div>
  );
}
