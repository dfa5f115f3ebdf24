import type { SetState } from './set-state.ts';

/**
 * How a record is kept on every replica: its business fields, plus the hybrid-logical-clock stamp of
 * the last write of each field, a tombstone flag and, for id lists merged as sets, the state of each
 * element (shared/sync/merge-policy.ts).
 */
export interface RecordMeta {
  /** Field name → HLC stamp of the write that set its current value. `_deleted` is a field too. */
  _clock: Record<string, string>;
  /** Tombstone: 1 once deleted (kept so a late edit cannot resurrect it), else 0. Indexable. */
  _deleted: 0 | 1;
  /**
   * Per-element state of the `set` fields (set-state.ts), by field; absent until a field is first merged
   * by element (a record from before has none: its list counts as written whole at the field's stamp).
   */
  _sets?: Record<string, SetState>;
}

export type StoredRecord<T> = T & RecordMeta;

/** Fields that identify a record and never change after it is created. */
export const IMMUTABLE_FIELDS = ['id', 'spaceId'] as const;

/** The pseudo-field whose clock orders deletes against other writes. */
export const DELETED_FIELD = '_deleted';

/** The business fields of a stored record (what the entity schema validates). */
export function businessFields<T extends object>(record: StoredRecord<T>): T {
  const { _clock: _c, _deleted: _d, _sets: _s, ...rest } = record;
  return rest as unknown as T;
}
