import type { CellParse, UnitChoice } from '../../../../../shared/domain/indicator-cells.ts';
import {
  directionWords,
  parseDirectionCell,
  parseFigureCell,
  parseFlagCell,
  parseUnitCell,
} from '../../../../../shared/domain/indicator-cells.ts';
import type { Indicator, IndicatorDirection, Period } from '../../../../../shared/domain/indicator.ts';
import { viText } from '../../../../../shared/domain/primitives.ts';
import { formatNumberVi } from '../../../../../shared/text/number-format.ts';

/** The editable fields of a row: the indicator's own, and the figures of the period shown. */
export type GridField =
  | 'name'
  | 'unitOfMeasure'
  | 'direction'
  | 'baseline'
  | 'termTarget'
  | 'planned'
  | 'result'
  | 'congressResolution'
  | 'leadUnitId';

export type GridValue = string | number | boolean | null;

/** What a row of the editor shows: an indicator's fields and its figures for the period shown. */
export interface GridRowValues {
  name: string;
  unitOfMeasure: string;
  direction: IndicatorDirection;
  baseline: number | null;
  termTarget: number | null;
  planned: number | null;
  result: number | null;
  congressResolution: boolean;
  leadUnitId: string | null;
}

export const blankRowValues: GridRowValues = {
  name: '',
  unitOfMeasure: '',
  direction: 'increase',
  baseline: null,
  termTarget: null,
  planned: null,
  result: null,
  congressResolution: false,
  leadUnitId: null,
};

export interface GridContext {
  units: readonly UnitChoice[];
  unitNames: ReadonlyMap<string, string>;
}

export interface GridColumn {
  field: GridField;
  /** The text shown in the cell. */
  display(values: GridRowValues, ctx: GridContext): string;
  /** The text an edit starts from. */
  editText(values: GridRowValues, ctx: GridContext): string;
  /** The typed text as the field's value, or why it cannot be. */
  parse(text: string, values: GridRowValues, ctx: GridContext): CellParse<GridValue>;
  numeric?: boolean;
}

const editNumber = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));
const showNumber = (value: number | null) => (value === null ? '' : formatNumberVi(value));

function textColumn(field: 'name' | 'unitOfMeasure', min: number, max: number): GridColumn {
  const schema = viText(min, max);
  return {
    field,
    display: (values) => values[field],
    editText: (values) => values[field],
    parse: (text) => {
      const parsed = schema.safeParse(text);
      return parsed.success
        ? { ok: true, value: parsed.data }
        : { ok: false, message: parsed.error.issues[0]?.message ?? 'không hợp lệ' };
    },
  };
}

function figureColumn(field: 'baseline' | 'termTarget' | 'planned' | 'result'): GridColumn {
  return {
    field,
    numeric: true,
    display: (values) => showNumber(values[field]),
    editText: (values) => editNumber(values[field]),
    parse: (text, values) => {
      const parsed = parseFigureCell(text, values.direction);
      if (
        parsed.ok &&
        field === 'termTarget' &&
        values.direction === 'boolean' &&
        ![null, 1].includes(parsed.value)
      ) {
        return { ok: false, message: 'chỉ tiêu có/không chỉ nhận 1 hoặc để trống' };
      }
      return parsed;
    },
  };
}

/** The editable columns, in the order Tab moves through them. */
export const gridColumns: readonly GridColumn[] = [
  textColumn('name', 1, 1000),
  textColumn('unitOfMeasure', 0, 50),
  {
    field: 'direction',
    display: (values) => directionWords[values.direction],
    editText: (values) => directionWords[values.direction],
    parse: (text) => parseDirectionCell(text),
  },
  figureColumn('baseline'),
  figureColumn('termTarget'),
  figureColumn('planned'),
  figureColumn('result'),
  {
    field: 'congressResolution',
    display: (values) => (values.congressResolution ? 'NQ ĐH' : ''),
    editText: (values) => (values.congressResolution ? 'x' : ''),
    parse: (text) => parseFlagCell(text),
  },
  {
    field: 'leadUnitId',
    display: (values, ctx) => (values.leadUnitId ? (ctx.unitNames.get(values.leadUnitId) ?? '') : ''),
    editText: (values, ctx) => (values.leadUnitId ? (ctx.unitNames.get(values.leadUnitId) ?? '') : ''),
    parse: (text, _values, ctx) => parseUnitCell(text, ctx.units),
  },
];

/** The values of an indicator's row, with the figures of `period` when it has any. */
export function rowValuesOf(
  indicator: Indicator,
  figures: { planned: number | null; result: number | null } | undefined,
): GridRowValues {
  return {
    name: indicator.name,
    unitOfMeasure: indicator.unitOfMeasure,
    direction: indicator.direction,
    baseline: indicator.baseline,
    termTarget: indicator.termTarget,
    planned: figures?.planned ?? null,
    result: figures?.result ?? null,
    congressResolution: indicator.congressResolution,
    leadUnitId: indicator.leadUnitId,
  };
}

export const samePeriod = (a: Period, b: Period) => a.year === b.year && a.kind === b.kind;
