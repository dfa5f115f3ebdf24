import type { Period } from '../../../../shared/domain/indicator.ts';
import type { PastedIndicator } from '../../../../shared/domain/indicator-paste.ts';
import { addIndicators, writeFigures } from '../../data/indicator-writes.ts';
import type { ProgrammeDetail } from '../../data/use-programme-detail.ts';
import { useMe } from '../../data/use-me.ts';
import { useDb } from '../../db/db-context.tsx';
import { updateRecord } from '../../db/write.ts';
import type { GridField, GridRowValues, GridValue } from './grid/grid-columns.ts';

/**
 * What the indicator table writes, by whoever is signed in: a cell of the grid (a figure of `period`, or
 * the indicator's own field), a new indicator from the grid's new row, and the rows pasted.
 */
export function useIndicatorWrites(
  detail: ProgrammeDetail,
  period: Period,
  usedNumbers: ReadonlySet<number>,
) {
  const { write } = useDb();
  const me = useMe();
  const { programme } = detail;
  const enteredBy = me?.person.id ?? null;

  const save = async (rowKey: string, field: GridField, value: GridValue) => {
    const row = detail.indicators.find((i) => i.indicator.id === rowKey);
    if (!row) return;
    if (field === 'planned' || field === 'result') {
      await writeFigures(write, {
        indicatorId: rowKey,
        programmeId: programme.id,
        period,
        existing: row.periods,
        enteredBy,
        patch: { [field]: value },
      });
    } else await updateRecord(write, 'indicator', rowKey, { [field]: value });
  };

  const create = async (values: GridRowValues) => {
    const { planned, result, ...fields } = values;
    const number = Math.max(0, ...usedNumbers) + 1;
    const [id] = await addIndicators(
      write,
      programme,
      [{ ...fields, number, note: '', periods: [{ period, planned, result }] }],
      enteredBy,
    );
    return id ?? '';
  };

  const addPasted = async (pasted: readonly PastedIndicator[]) => {
    await addIndicators(write, programme, pasted, enteredBy);
  };

  return { save, create, addPasted };
}
