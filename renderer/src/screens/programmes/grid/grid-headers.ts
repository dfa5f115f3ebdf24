import type { Messages } from '../../../i18n/vi.ts';
import type { GridField } from './grid-columns.ts';

export type GridHeaders = Record<GridField | 'status', string>;

/** The columns' headings (and the inputs' labels); the period's figures name the period, "năm 2022". */
export function gridHeaders(m: Messages, periodLabel: string): GridHeaders {
  const g = m.indicatorGrid;
  return {
    name: m.programmes.indicator,
    unitOfMeasure: m.programmes.unitOfMeasure,
    direction: g.direction,
    baseline: g.baseline,
    termTarget: m.programmes.target,
    planned: `${g.planned} ${periodLabel}`,
    result: `${m.programmes.result} ${periodLabel}`,
    status: m.programmes.status,
    congressResolution: m.programmes.congressShort,
    leadUnitId: g.leadUnit,
  };
}
