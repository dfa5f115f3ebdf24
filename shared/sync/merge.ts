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

/**
 * Merges a whole stored record received from elsewhere (a snapshot) into the local one, field by field:
 * each field keeps the value with the later stamp. Commutative and idempotent like {@link mergeChange}.
 */
export function mergeStoredRecord<T extends object>(
  local: StoredRecord<T> | undefined,
  remote: StoredRecord<T>,
): MergeResult<T> {
  const remoteRecord = remote as unknown as Record<string, unknown> & { _clock: Record<string, string> };
  const byStamp = new Map<string, Record<string, unknown>>();
  for (const [field, stamp] of Object.entries(remoteRecord._clock)) {
    const fields = byStamp.get(stamp) ?? {};
    fields[field] = remoteRecord[field];
    byStamp.set(stamp, fields);
  }
  let current = local;
  const applied: FieldOutcome[] = [];
  const superseded: string[] = [];
  for (const [hlc, fields] of byStamp) {
    const { [DELETED_FIELD]: deleted, ...rest } = fields;
    const result = mergeChange<T>(current ?? ({ ...remote, _clock: {}, _deleted: 0 } as StoredRecord<T>), {
      changeId: '00000000-0000-7000-8000-000000000000',
      entity: '',
      recordId: String(remoteRecord.id),
      spaceId: String(remoteRecord.spaceId),
      hlc,
      fields: rest,
      ...(deleted === 1 ? { deleted: true } : {}),
    });
    current = result.record;
    applied.push(...result.applied);
    superseded.push(...result.superseded);
  }
  const record = current ?? ({ ...remote } as StoredRecord<T>);
  return { record, applied, superseded };
}
