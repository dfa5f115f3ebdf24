import type { Locale } from '../i18n/locale.ts';
import { foldVietnamese } from '../text/normalize.ts';
import type { IndicatorDirection, Period, PeriodKind } from './indicator.ts';
import {
  cleanCell,
  parseDirectionCell,
  parseFigureCell,
  parseFlagCell,
  parseUnitCell,
  type CellParse,
  type UnitChoice,
} from './indicator-cells.ts';
import { formatPeriodIn } from './period.ts';
import { domainText } from '../i18n/domain.ts';
import { labelCatalogues } from '../i18n/labels.ts';

/** What a pasted column holds. */
export type PasteColumn =
  | { kind: 'number' | 'name' | 'unit' | 'direction' | 'baseline' | 'target' | 'congress' | 'lead' | 'note' }
  | { kind: 'planned' | 'result'; period: Period };

/** One period's figures of a pasted row. */
export interface PastedFigures {
  period: Period;
  planned: number | null;
  result: number | null;
}

/** Một dòng dán vào — an indicator read from one pasted row. */
export interface PastedIndicator {
  /** The row's line in the pasted block, from 1 (the header counts). */
  line: number;
  number: number;
  name: string;
  unitOfMeasure: string;
  direction: IndicatorDirection;
  baseline: number | null;
  termTarget: number | null;
  congressResolution: boolean;
  leadUnitId: string | null;
  note: string;
  periods: PastedFigures[];
}

export interface PasteIssue {
  line: number;
  message: string;
}

export interface PasteResult {
  columns: PasteColumn[];
  hasHeader: boolean;
  rows: PastedIndicator[];
  /** Rows with an error are left out of `rows`; nothing is added while there is one. */
  errors: PasteIssue[];
}

export interface PasteOptions {
  /** The period of "Kế hoạch"/"Kết quả" columns that name none (and of a block without a header). */
  period: Period;
  units: readonly UnitChoice[];
  /** Numbers already used in the programme; a new row without STT takes the next free one. */
  usedNumbers: ReadonlySet<number>;
}

/**
 * Splits text copied from Excel, LibreOffice or a Word table: rows by line break, cells by tab; a cell in
 * double quotes may hold tabs, line breaks and doubled quotes ("" for "), as Excel writes them.
 */
export function splitTabular(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const input = text.replace(/\r\n?/gu, '\n');
  while (i < input.length) {
    const char = input[i] ?? '';
    if (char === '"' && cell === '') {
      const close = findClosingQuote(input, i + 1);
      if (close !== -1) {
        cell = input.slice(i + 1, close).replaceAll('""', '"');
        i = close + 1;
        continue;
      }
    }
    if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
    i += 1;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => cleanCell(c) !== ''));
}

/** The index of the quote closing a quoted cell (followed by a tab, a line break or the end), or -1. */
function findClosingQuote(input: string, from: number): number {
  for (let j = from; j < input.length; j += 1) {
    if (input[j] !== '"') continue;
    if (input[j + 1] === '"') {
      j += 1;
      continue;
    }
    const next = input[j + 1];
    return next === undefined || next === '\t' || next === '\n' ? j : -1;
  }
  return -1;
}

const PLANNED = /^(?:ke hoach|kh|chi tieu ke hoach)\b\s*(.*)$/u;
const RESULT = /^(?:ket qua|kq|thuc hien|th|uoc thuc hien|uoc th)\b\s*(.*)$/u;

function periodFrom(rest: string, fallback: Period): Period | null {
  if (rest === '' || rest === 'ky') return fallback;
  const year = /(\d{4})/u.exec(rest);
  if (!year?.[1]) return null;
  const kind: PeriodKind = /6 thang/u.test(rest) ? 'h1' : /9 thang/u.test(rest) ? 'q3' : 'year';
  return { year: Number(year[1]), kind };
}

const SIMPLE_HEADERS: readonly (readonly [RegExp, PasteColumn['kind']])[] = [
  [/^(?:stt|tt|so tt|so thu tu)$/u, 'number'],
  [/^(?:don vi tinh|dvt)$/u, 'unit'],
  [/^(?:chieu|chieu danh gia|xu huong)$/u, 'direction'],
  [/^(?:gia tri dau ky|dau ky|dau nhiem ky|gia tri goc|nam goc|co so)$/u, 'baseline'],
  [/^(?:muc tieu|muc tieu nhiem ky|chi tieu nhiem ky|chi tieu ca nhiem ky|muc tieu ca nhiem ky)$/u, 'target'],
  [/^(?:nq ?dh|nq dai hoi|nghi quyet dai hoi|thuoc nghi quyet dai hoi|thuoc nq ?dh)$/u, 'congress'],
  [/^(?:don vi chu tri|chu tri|co quan chu tri)$/u, 'lead'],
  [/^(?:ghi chu)$/u, 'note'],
  [/^(?:ten chi tieu|chi tieu|noi dung|noi dung chi tieu)$/u, 'name'],
];

/** The column a header cell names ("Kết quả 2022", "KH 6 tháng 2023", "ĐVT"), or null. */
export function headerColumn(text: string, period: Period): PasteColumn | null {
  const folded = foldVietnamese(cleanCell(text))
    .replace(/[():.,;]/gu, ' ')
    .replace(/\bnam\b/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  for (const [pattern, kind] of SIMPLE_HEADERS) if (pattern.test(folded)) return { kind } as PasteColumn;
  for (const [pattern, kind] of [
    [PLANNED, 'planned'],
    [RESULT, 'result'],
  ] as const) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const found = periodFrom((match[1] ?? '').trim(), period);
    if (found) return { kind, period: found };
  }
  return null;
}

/** The order of a block without a header: the editor's columns. */
export function defaultColumns(period: Period, width: number): PasteColumn[] {
  const order: PasteColumn[] = [
    { kind: 'name' },
    { kind: 'unit' },
    { kind: 'direction' },
    { kind: 'baseline' },
    { kind: 'target' },
    { kind: 'planned', period },
    { kind: 'result', period },
    { kind: 'congress' },
    { kind: 'lead' },
    { kind: 'note' },
  ];
  return order.slice(0, width);
}

/** A leading STT column: every row starts with a whole number and has a text after it. */
function startsWithNumbers(rows: readonly string[][]): boolean {
  return rows.every((r) => /^\d{1,3}\.?$/u.test(cleanCell(r[0] ?? '')) && cleanCell(r[1] ?? '') !== '');
}

const periodKey = (p: Period) => `${p.year}-${p.kind}`;

/** Vietnamese name of a column, for messages ("Kết quả năm 2022"). */
export function columnLabelIn(column: PasteColumn, locale: Locale): string {
  const base = labelCatalogues[locale][`pasteColumn.${column.kind}`];
  if (!('period' in column)) return base;
  return domainText(locale, 'paste.columnOfPeriod', {
    column: base,
    period: formatPeriodIn(column.period, locale),
  });
}

/** The same in Vietnamese. */
export function columnLabel(column: PasteColumn): string {
  return columnLabelIn(column, 'vi');
}

function readColumns(rows: string[][], options: PasteOptions) {
  const [first = []] = rows;
  const named = first.map((cell) => headerColumn(cell, options.period));
  const hasHeader = named.filter((c) => c !== null).length >= 2 && named.some((c) => c?.kind === 'name');
  if (hasHeader) return { hasHeader, columns: named, body: rows.slice(1) };
  const width = Math.max(...rows.map((r) => r.length));
  const withNumber = startsWithNumbers(rows);
  const columns: (PasteColumn | null)[] = withNumber
    ? [{ kind: 'number' }, ...defaultColumns(options.period, width - 1)]
    : defaultColumns(options.period, width);
  return { hasHeader, columns, body: rows };
}

interface RowState {
  row: PastedIndicator;
  figures: Map<string, PastedFigures>;
  numberText: string;
  directionText: string;
}

function blankRow(line: number): RowState {
  return {
    row: {
      line,
      number: 0,
      name: '',
      unitOfMeasure: '',
      direction: 'increase',
      baseline: null,
      termTarget: null,
      congressResolution: false,
      leadUnitId: null,
      note: '',
      periods: [],
    },
    figures: new Map(),
    numberText: '',
    directionText: '',
  };
}

function applyCell(state: RowState, column: PasteColumn, text: string, options: PasteOptions): string | null {
  const { row } = state;
  const take = <T>(parsed: CellParse<T>, set: (value: T) => void): string | null => {
    if (!parsed.ok) return `${columnLabel(column)}: ${parsed.message}`;
    set(parsed.value);
    return null;
  };
  switch (column.kind) {
    case 'number':
      state.numberText = cleanCell(text).replace(/\.$/u, '');
      return null;
    case 'name':
      row.name = cleanCell(text);
      return null;
    case 'unit':
      row.unitOfMeasure = cleanCell(text);
      return null;
    case 'note':
      row.note = text.trim();
      return null;
    case 'direction':
      return take(parseDirectionCell(text), (v) => (row.direction = v));
    case 'congress':
      return take(parseFlagCell(text), (v) => (row.congressResolution = v));
    case 'lead':
      return take(parseUnitCell(text, options.units), (v) => (row.leadUnitId = v));
    case 'baseline':
    case 'target':
    case 'planned':
    case 'result':
      return null; // Read once the direction is known (a yes/no indicator reads "có" as 1).
  }
}

function applyFigure(state: RowState, column: PasteColumn, text: string): string | null {
  const parsed = parseFigureCell(text, state.row.direction);
  if (!parsed.ok) return `${columnLabel(column)}: ${parsed.message}`;
  if (column.kind === 'baseline') state.row.baseline = parsed.value;
  else if (column.kind === 'target') state.row.termTarget = parsed.value;
  else if (column.kind === 'planned' || column.kind === 'result') {
    const k = periodKey(column.period);
    if (parsed.value === null && !state.figures.has(k)) return null;
    const figures = state.figures.get(k) ?? { period: column.period, planned: null, result: null };
    figures[column.kind] = parsed.value;
    state.figures.set(k, figures);
  }
  return null;
}

const FIGURE_KINDS = new Set<PasteColumn['kind']>(['baseline', 'target', 'planned', 'result']);

/** Checks the header: no column twice. */
function headerErrors(columns: readonly (PasteColumn | null)[]): PasteIssue[] {
  const seen = new Set<string>();
  const errors: PasteIssue[] = [];
  for (const column of columns) {
    if (!column) continue;
    const id = 'period' in column ? `${column.kind}:${periodKey(column.period)}` : column.kind;
    if (seen.has(id))
      errors.push({
        line: 1,
        message: domainText('vi', 'paste.columnTwice', { column: columnLabel(column) }),
      });
    seen.add(id);
  }
  return errors;
}

/**
 * Đọc bảng dán vào: rows copied from Excel or Word become indicators to add. With a header row, columns
 * are found by name ("STT", "Tên chỉ tiêu", "ĐVT", "Kết quả 2022", "KH 6 tháng 2023", "NQ ĐH", …);
 * without one they follow the editor's order (an optional STT first). Every problem is reported with its
 * line; rows with a problem are not returned.
 */
export function parseIndicatorPaste(text: string, options: PasteOptions): PasteResult {
  const rows = splitTabular(text);
  if (rows.length === 0) return { columns: [], hasHeader: false, rows: [], errors: [] };
  const { hasHeader, columns, body } = readColumns(rows, options);
  const errors = headerErrors(columns);
  const used = new Set(options.usedNumbers);
  const parsed: PastedIndicator[] = [];
  const offset = hasHeader ? 2 : 1;
  const pending: RowState[] = [];
  body.forEach((cells, index) => {
    const state = blankRow(index + offset);
    const problems: string[] = [];
    if (cells.length > columns.length)
      problems.push(domainText('vi', 'paste.tooManyCells', { cells: cells.length, columns: columns.length }));
    columns.forEach((column, c) => {
      const problem = column ? applyCell(state, column, cells[c] ?? '', options) : null;
      if (problem) problems.push(problem);
    });
    columns.forEach((column, c) => {
      const problem =
        column && FIGURE_KINDS.has(column.kind) ? applyFigure(state, column, cells[c] ?? '') : null;
      if (problem) problems.push(problem);
    });
    if (state.row.name === '') problems.push(domainText('vi', 'paste.noName'));
    if (state.numberText !== '') {
      const n = Number(state.numberText);
      if (!Number.isInteger(n) || n < 1 || n > 999)
        problems.push(domainText('vi', 'paste.numberRange', { number: state.numberText }));
      else if (used.has(n)) problems.push(domainText('vi', 'paste.numberUsed', { number: n }));
      else {
        state.row.number = n;
        used.add(n);
      }
    }
    if (problems.length > 0) errors.push({ line: state.row.line, message: problems.join('; ') });
    else pending.push(state);
  });
  let next = 1;
  for (const state of pending) {
    if (state.row.number === 0) {
      while (used.has(next)) next += 1;
      state.row.number = next;
      used.add(next);
    }
    parsed.push({ ...state.row, periods: [...state.figures.values()] });
  }
  return { columns: columns.filter((c): c is PasteColumn => c !== null), hasHeader, rows: parsed, errors };
}
