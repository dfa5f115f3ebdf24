import { isEntityName, type EntityName } from '../../../shared/domain/registry.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { DELETED_FIELD, type StoredRecord } from '../../../shared/sync/record.ts';
import { recordTable, type LocalDb, type OutboxEntry, type RejectedEntry } from '../db/local-db.ts';

type Refusal = Extract<PushResult, { status: 'rejected' }>;

/** A create carries every field and no `base`; an edit has a `base`; a delete says so. */
export function isCreate(change: Pick<OutboxEntry, 'base' | 'deleted'>): boolean {
  return change.base === undefined && change.deleted !== true;
}

/** The fields a change wrote, `_deleted` included for a delete. */
function writtenFields(change: OutboxEntry): string[] {
  return [...Object.keys(change.fields), ...(change.deleted ? [DELETED_FIELD] : [])];
}

/**
 * What this machine held before the change, from its own field history: the value, and the stamp the
 * field had (`base`). Used only when the server did not say what it holds (an older server, or a change
 * refused on this machine before it was ever sent).
 */
async function valuesBefore(
  db: LocalDb,
  change: OutboxEntry,
): Promise<{ fields: Record<string, unknown>; clock: Record<string, string> }> {
  const rows = await db.history.where('[entity+recordId]').equals([change.entity, change.recordId]).toArray();
  const fields: Record<string, unknown> = {};
  const clock: Record<string, string> = {};
  for (const field of writtenFields(change)) {
    const stamp = change.base?.[field] ?? null;
    if (stamp === null) continue; // never set before: the field goes away again
    const row = rows.find((r) => r.field === field && r.hlc === change.hlc);
    fields[field] = field === DELETED_FIELD ? 0 : (row?.oldValue ?? null);
    clock[field] = stamp;
  }
  return { fields, clock };
}

/**
 * Puts back, field by field, what the server holds for a change it refused — only where the field still
 * carries the refused change's stamp, so a later edit of the same field waiting in the outbox is never
 * overwritten. A refused create is left as it is: the record stays on this machine as a local draft.
 * Call inside a transaction over the entity's table, `history` and the outbox.
 */
export async function revertRefused(db: LocalDb, change: OutboxEntry, refusal: Refusal): Promise<boolean> {
  if (!isEntityName(change.entity)) return false;
  const held =
    refusal.held !== undefined ? refusal.held : isCreate(change) ? null : await valuesBefore(db, change);
  if (held === null) return false;
  const table = recordTable(db, change.entity as EntityName);
  const current = await table.get(change.recordId);
  if (!current) return false;
  const record = { ...current, _clock: { ...current._clock } } as Record<string, unknown> & {
    _clock: Record<string, string>;
  };
  // Fields the server has never set go away again (a value with no stamp would not merge right).
  const unset = new Set<string>();
  for (const field of writtenFields(change)) {
    if (record._clock[field] !== change.hlc) continue;
    const stamp = held.clock[field];
    if (stamp === undefined) {
      unset.add(field);
      continue;
    }
    record._clock[field] = stamp;
    record[field] = held.fields[field] ?? (field === DELETED_FIELD ? 0 : null);
  }
  const touched = unset.size > 0 || writtenFields(change).some((f) => record._clock[f] !== current._clock[f]);
  if (!touched) return false;
  const kept = Object.fromEntries(Object.entries(record).filter(([field]) => !unset.has(field)));
  const clock = Object.fromEntries(Object.entries(record._clock).filter(([field]) => !unset.has(field)));
  const putBack = writtenFields(change).filter((field) => current._clock[field] === change.hlc);
  const sets = revertedSets(current._sets, putBack, held);
  await table.put({
    ...kept,
    _clock: clock,
    _deleted: unset.has(DELETED_FIELD) ? 0 : record._deleted,
    ...(sets ? { _sets: sets } : {}),
  } as never);
  return true;
}

/**
 * The element state of the id lists the refused change wrote (shared/sync/set-state.ts) goes back with
 * their values: to the server's, or — with no word from the server — without the refused change's
 * element operations (a list with no element state counts as written whole at its stamp). Only the fields
 * put back (still carrying the refused stamp) are touched: a later queued edit keeps its state.
 */
function revertedSets(
  current: StoredRecord<object>['_sets'],
  putBack: readonly string[],
  held: { fields: Record<string, unknown>; sets?: Record<string, unknown> },
): StoredRecord<object>['_sets'] {
  if (!current) return current;
  const next = { ...current };
  for (const field of putBack) {
    if (!(field in next)) continue;
    const fromServer = held.sets?.[field];
    if (fromServer) next[field] = fromServer as (typeof next)[string];
    else Reflect.deleteProperty(next, field);
  }
  return next;
}

/** The refused-list entry for a change: the user's values, the reason, and whether it is a local draft. */
export function refusedEntry(
  change: OutboxEntry,
  refusal: Pick<Refusal, 'code' | 'reason' | 'message' | 'held'>,
  now: number,
): RejectedEntry {
  const { seq: _seq, ...rest } = change;
  return {
    ...rest,
    rejectedAt: now,
    code: refusal.code,
    reason: refusal.reason,
    ...(refusal.message ? { message: refusal.message } : {}),
    ...(isCreate(change) && !refusal.held ? { draft: true } : {}),
  };
}
