import type { SetOps } from '../../../shared/sync/change.ts';
import type { MergeResult } from '../../../shared/sync/merge.ts';
import type { ServerChange } from '../../../shared/sync/protocol.ts';

/**
 * How the change log keeps the element operations of `set` fields (shared/sync/merge-policy.ts) without
 * a column of their own: inside the row's `fields`, under a key no business field can have (merge ignores
 * `_` fields, so a replica that saw it there would ignore it too). Pull lifts it back out into `setOps`.
 */
export const LOGGED_SET_OPS = '_setOps';

/** The logged fields of a change: the applied values, plus the element operations that changed a list. */
export function withLoggedSetOps(
  fields: Record<string, unknown>,
  merge: Pick<MergeResult<object>, 'setOps'>,
): Record<string, unknown> {
  return Object.keys(merge.setOps).length > 0 ? { ...fields, [LOGGED_SET_OPS]: merge.setOps } : fields;
}

/** A logged change as pull serves it: the element operations beside `fields`, not in them. */
export function liftSetOps(change: ServerChange): ServerChange {
  if (!Object.hasOwn(change.fields, LOGGED_SET_OPS)) return change;
  const { [LOGGED_SET_OPS]: setOps, ...fields } = change.fields;
  return { ...change, fields, setOps: setOps as Record<string, SetOps> };
}
