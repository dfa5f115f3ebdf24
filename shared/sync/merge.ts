import { compareHlc } from '../hlc/index.ts';
import type { RecordChange, SetOps } from './change.ts';
import { setPolicy, type SetPolicy } from './merge-policy.ts';
import { DELETED_FIELD, IMMUTABLE_FIELDS, type StoredRecord } from './record.ts';
import {
  diffSetOps,
  joinSetStates,
  opsState,
  sameState,
  setValue,
  wholeListState,
  type SetState,
} from './set-state.ts';

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
  /**
   * The element operations that changed each `set` field, as the change log keeps them for pull (a
   * whole-list write as `replace`).
   */
  setOps: Record<string, SetOps>;
  /** `set` fields merged by the change's own element operations: concurrent edits there are no conflict. */
  mergedByElement: string[];
}

type Working = Record<string, unknown> & { _clock: Record<string, string>; _sets?: Record<string, SetState> };

function laterOf(a: string | undefined, b: string): string {
  return a !== undefined && compareHlc(a, b) >= 0 ? a : b;
}

/** The element state a record holds for a `set` field (a list from before counts as written whole). */
function stateOf(record: Working, field: string, policy: SetPolicy): SetState {
  return record._sets?.[field] ?? wholeListState(policy, record[field], record._clock[field]);
}

/**
 * Joins `incoming` into a `set` field of `record` (in place). True when the field's state changed: its
 * value is then the state's list and its `_clock` stamp the later of both.
 */
function mergeSetField(
  record: Working,
  field: string,
  policy: SetPolicy,
  incoming: SetState,
  stamp: string,
  applied: FieldOutcome[],
): boolean {
  const before = stateOf(record, field, policy);
  const after = joinSetStates(before, incoming);
  if (sameState(before, after)) {
    // Nothing added or removed. A record that lacks the field still gets it, as the empty list it is (a
    // create with no co-chairs), without a stamp: the same in any order, and the first element operation
    // stamps it. Not counted as applied: every replica and the server hold it the same way.
    if (record[field] === undefined) record[field] = setValue(after);
    return false;
  }
  const newValue = setValue(after);
  applied.push({ field, oldValue: record[field], newValue });
  record[field] = newValue;
  record._sets = { ...record._sets, [field]: after };
  record._clock[field] = laterOf(record._clock[field], stamp);
  return true;
}

/**
 * Applies one change to a record by the merge policy (merge-policy.ts). A last-writer-wins field takes the
 * change's value only if the change's HLC is later than the stamp of that field's current value. A `set`
 * field joins the change's element operations (`setOps`, read only for fields also in `fields`), or, when
 * it has none, the list as written whole at the change's stamp (set-state.ts). The result does not depend
 * on the order changes arrive in, and applying the same change twice changes nothing.
 */
export function mergeChange<T extends object>(
  current: StoredRecord<T> | undefined,
  change: RecordChange,
): MergeResult<T> {
  const record = {
    ...(current ?? { id: change.recordId, spaceId: change.spaceId, _deleted: 0 }),
    _clock: { ...(current?._clock ?? {}) },
  } as Working;
  const applied: FieldOutcome[] = [];
  const superseded: string[] = [];
  const setOps: Record<string, SetOps> = {};
  const mergedByElement: string[] = [];
  const entries: Array<[string, unknown]> = Object.entries(change.fields).filter(
    ([field]) =>
      !(IMMUTABLE_FIELDS as readonly string[]).includes(field) &&
      field !== DELETED_FIELD &&
      !field.startsWith('_'),
  );
  if (change.deleted) entries.push([DELETED_FIELD, 1]);
  for (const [field, value] of entries) {
    const stamp = record._clock[field];
    const policy = field === DELETED_FIELD ? null : setPolicy(change.entity, field);
    if (policy) {
      const ops = change.setOps?.[field];
      if (ops && !ops.replace) mergedByElement.push(field);
      const incoming = ops ? opsState(policy, ops, change.hlc) : wholeListState(policy, value, change.hlc);
      if (mergeSetField(record, field, policy, incoming, change.hlc, applied))
        setOps[field] = ops ?? {
          add: (Array.isArray(value) ? value : []) as SetOps['add'],
          remove: [],
          replace: true,
        };
      else if (!ops && stamp !== undefined && compareHlc(stamp, change.hlc) > 0) superseded.push(field);
      continue;
    }
    if (stamp !== undefined && compareHlc(stamp, change.hlc) >= 0) {
      if (stamp !== change.hlc) superseded.push(field);
      continue;
    }
    applied.push({ field, oldValue: record[field], newValue: value });
    record[field] = value;
    record._clock[field] = change.hlc;
  }
  return { record: record as unknown as StoredRecord<T>, applied, superseded, setOps, mergedByElement };
}

/**
 * Merges a whole stored record received from elsewhere (a snapshot) into the local one: each last-writer-
 * wins field keeps the value with the later stamp; a `set` field joins both element states (when either
 * side has one; two lists from before merge last writer wins, as they always did). Commutative and
 * idempotent like {@link mergeChange}.
 */
export function mergeStoredRecord<T extends object>(
  local: StoredRecord<T> | undefined,
  remote: StoredRecord<T>,
  entity: string,
): MergeResult<T> {
  const remoteRecord = remote as unknown as Working;
  const bySet = new Map<string, SetPolicy>();
  for (const field of new Set([
    ...Object.keys(remoteRecord._clock),
    ...Object.keys(remoteRecord._sets ?? {}),
  ])) {
    const policy = setPolicy(entity, field);
    const localSets = (local as unknown as Working | undefined)?._sets;
    if (policy && (remoteRecord._sets?.[field] || localSets?.[field])) bySet.set(field, policy);
  }
  const byStamp = new Map<string, Record<string, unknown>>();
  for (const [field, stamp] of Object.entries(remoteRecord._clock)) {
    if (bySet.has(field)) continue;
    const fields = byStamp.get(stamp) ?? {};
    fields[field] = remoteRecord[field];
    byStamp.set(stamp, fields);
  }
  // A record this replica lacks starts as the remote one with no stamps (and no element states), so every
  // field is taken by the merge below, stamps included.
  const { _sets: _remoteSets, ...remoteValues } = remoteRecord;
  const blank = { ...remoteValues, _clock: {}, _deleted: 0 } as unknown as StoredRecord<T>;
  let current = local;
  const applied: FieldOutcome[] = [];
  const superseded: string[] = [];
  for (const [hlc, fields] of byStamp) {
    const { [DELETED_FIELD]: deleted, ...rest } = fields;
    const result = mergeChange<T>(current ?? blank, {
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
  if (bySet.size === 0) {
    const record = current ?? ({ ...remote } as StoredRecord<T>);
    return { record, applied, superseded, setOps: {}, mergedByElement: [] };
  }
  const base = (current ?? blank) as unknown as Working;
  const record: Working = { ...base, _clock: { ...base._clock } };
  for (const [field, policy] of bySet) {
    const incoming = stateOf(remoteRecord, field, policy);
    const stamp = remoteRecord._clock[field];
    if (stamp !== undefined) mergeSetField(record, field, policy, incoming, stamp, applied);
  }
  return {
    record: record as unknown as StoredRecord<T>,
    applied,
    superseded,
    setOps: {},
    mergedByElement: [...bySet.keys()],
  };
}

/**
 * The element operations an edit sends for the `set` fields it writes: the difference between each list
 * before (none for a create) and in `fields`. Absent when the change writes no `set` field.
 */
export function setOpsOf(
  entity: string,
  before: Readonly<Record<string, unknown>> | undefined,
  fields: Readonly<Record<string, unknown>>,
): { setOps?: Record<string, SetOps> } {
  const setOps: Record<string, SetOps> = {};
  for (const [field, value] of Object.entries(fields)) {
    const policy = setPolicy(entity, field);
    if (policy) setOps[field] = diffSetOps(policy, before?.[field], value);
  }
  return Object.keys(setOps).length > 0 ? { setOps } : {};
}
