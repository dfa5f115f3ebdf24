import type { IndicatorStatus } from '../../../../../shared/domain/indicator.ts';
import { blankRowValues, type GridRowValues } from './grid-columns.ts';

/** One indicator as the editor shows it. */
export interface GridRow {
  key: string;
  number: number;
  values: GridRowValues;
  percent: number | null;
  status: IndicatorStatus;
  overridden: boolean;
}

/** The new row: its values, and once saved the key of the indicator made from it (until it is listed). */
export interface Draft {
  values: GridRowValues;
  createdKey: string | null;
}

/** The key of the new row while no indicator is made from it yet. */
export const DRAFT = '__draft__';

export const isBlank = (values: GridRowValues) =>
  (Object.keys(blankRowValues) as (keyof GridRowValues)[]).every((k) => values[k] === blankRowValues[k]);
