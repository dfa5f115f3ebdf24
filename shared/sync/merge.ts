import { compareHlc } from '../hlc/index.ts';
import type { RecordChange } from './change.ts';
import { DELETED_FIELD, IMMUTABLE_FIELDS, type StoredRecord } from './record.ts';

export interface FieldOutcome {
  field: string;
  /** Value before the change, if the change won. */
  oldValue: unknown;
  newValue: unknown;
}

export interface MergeResult<T> {
  record: StoredRecord<T>;
  /** Fields whose value the change set (it was newer than what the replica had). */
  applied: FieldOutcome[];
  /** Fields the change did not set because the replica already had a newer write. */
  superseded: string[];
}

/**
 * Applies one change to a record by per-field last-writer-wins: a field takes the change's value only if
 * the change's HLC is later than the stamp of that field's current value. The result does not depend on
 * the order changes arrive in, and applying the same change twice changes nothing.
 */
export function mergeChange<T extends object>(
  current: StoredRecord<T> | undefined,
  change: RecordChange,
): MergeResult<T> {
  const record = {
    ...(current ?? { id: change.recordId, spaceId: change.spaceId, _deleted: 0 }),
    _clock: { ...(current?._clock ?? {}) },
  } as Record<string, unknown> & { _clock: Record<string, string> };
  const applied: FieldOutcome[] = [];
  const superseded: string[] = [];
  const entries: Array<[string, unknown]> = Object.entries(change.fields).filter(
    ([field]) =>
      !(IMMUTABLE_FIELDS as readonly string[]).includes(field) &&
      field !== DELETED_FIELD &&
      !field.startsWith('_'),
  );
  if (change.deleted) entries.push([DELETED_FIELD, 1]);
  for (const [field, value] of entries) {
    const stamp = record._clock[field];
    if (stamp !== undefined && compareHlc(stamp, change.hlc) >= 0) {
      if (stamp !== change.hlc) superseded.push(field);
      continue;
    }
    applied.push({ field, oldValue: record[field], newValue: value });
    record[field] = value;
    record._clock[field] = change.hlc;
  }
  return { record: record as unknown as StoredRecord<T>, applied, superseded };
}
