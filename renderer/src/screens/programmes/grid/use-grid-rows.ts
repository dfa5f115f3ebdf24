import { useState } from 'react';
import { blankRowValues, type GridField, type GridRowValues, type GridValue } from './grid-columns.ts';
import { DRAFT, isBlank, type Draft, type GridRow } from './grid-rows.ts';

interface RowSources {
  rows: readonly GridRow[];
  onSave(rowKey: string, field: GridField, value: GridValue): Promise<void>;
  onCreate(values: GridRowValues): Promise<string>;
}

/**
 * The grid's rows with the new row below them: which values and key a row has, the new row opened and
 * dropped as the cursor comes and goes, and where a cell's new value is stored.
 */
export function useGridRows({ rows, onSave, onCreate }: RowSources) {
  const [draftState, setDraft] = useState<Draft | null>(null);
  const createdKey = draftState?.createdKey ?? null;
  // Once the indicator made from the new row is listed, the row shows it and the draft is done.
  const draft = createdKey !== null && rows.some((r) => r.key === createdKey) ? null : draftState;

  const rowCount = rows.length + (draft ? 1 : 0);
  const valuesAt = (row: number): GridRowValues | null =>
    rows[row]?.values ?? (row === rows.length ? (draft?.values ?? null) : null);
  const keyAt = (row: number) => rows[row]?.key ?? draft?.createdKey ?? DRAFT;

  /** The cursor moves to `row`: leaving a blank new row drops it; the row below the last opens one. */
  const follow = (row: number) => {
    if (draft !== null && row !== rows.length && isBlank(draft.values)) setDraft(null);
    if (row > rows.length - 1 && !draft && row === rows.length)
      setDraft({ values: { ...blankRowValues }, createdKey: null });
  };

  /** Stores `field` of `row` as `next` has it: the new row becomes an indicator once it has a name. */
  const store = async (row: number, field: GridField, values: GridRowValues, next: GridRowValues) => {
    const key = keyAt(row);
    if (key === DRAFT) {
      const created = next.name !== '' ? await onCreate(next) : null;
      setDraft({ values: next, createdKey: created });
    } else if (next[field] !== values[field]) {
      if (row === rows.length) setDraft({ values: next, createdKey: key });
      await onSave(key, field, next[field]);
    }
  };

  return { draft, rowCount, valuesAt, keyAt, follow, store };
}
