import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { DELETED_FIELD } from '../../../shared/sync/record.ts';
import { isSafeText } from '../../../shared/text/unsafe-text.ts';
import { canRead, type Principal } from '../../../shared/authz/access.ts';
import { writtenFields } from './change-checks.ts';
import type { StoredRow } from '../log/record-store.ts';

export type Held = NonNullable<Extract<PushResult, { status: 'rejected' }>['held']>;

/**
 * What the server holds of the fields a refused change wrote (its business fields, and `_deleted` for a
 * delete), with their stamps, so the client puts those back field by field: from the record as stored
 * before the change (as the group's earlier changes left it), only the fields the server has a stamp for.
 * Null when there is no such record, or it is in a space the pusher may not read (nothing of it is
 * told). A poisoned change's field names may be unsafe text themselves: only safe names are named.
 */
export function heldFields(
  principal: Principal,
  change: RecordChange,
  stored: StoredRow | null | undefined,
): Held | null {
  if (!stored || !canRead(principal, stored.spaceId)) return null;
  const names = writtenFields(change).filter((name) => isSafeText(name, { allowLineBreaks: false }));
  if (change.deleted === true) names.push(DELETED_FIELD);
  const data = stored.data as Record<string, unknown>;
  const stamps: Record<string, unknown> = stored.data._clock ?? {};
  const sets = (stored.data._sets ?? {}) as Record<string, NonNullable<Held['sets']>[string]>;
  const held: Held = { fields: {}, clock: {} };
  for (const name of names) {
    const stamp = Object.hasOwn(stamps, name) ? stamps[name] : undefined;
    if (typeof stamp !== 'string' || !Object.hasOwn(data, name)) continue;
    held.fields[name] = data[name];
    held.clock[name] = stamp;
    // An id list merged element by element: its element state goes back too, or the refused elements
    // would come back at the next merge on the client.
    const set = Object.hasOwn(sets, name) ? sets[name] : undefined;
    if (set) held.sets = { ...held.sets, [name]: set };
  }
  return held;
}
