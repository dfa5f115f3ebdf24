import { compareHlc } from '../hlc/index.ts';
import type { SetOps } from './change.ts';
import type { SetPolicy } from './merge-policy.ts';

/**
 * The per-element state of a `set` field (shared/sync/merge-policy.ts), kept on the record in `_sets`.
 *
 * An element's entry is the last operation on it: `[stamp, present, place, value?]` — present 1 (added)
 * or 0 (removed), its place among the elements of the change that added it, and, for a list of objects,
 * the element itself. `reset` is the stamp of the last write of the whole list (a version-1 client, a
 * record from before per-element merge): as of that stamp every element not in that list was removed, so
 * an element with no entry counts as removed at `reset`.
 *
 * States form a join semilattice — merging is per element the larger entry (later stamp; on equal stamps
 * an add beats a remove), and the later reset — so it is commutative, associative and idempotent: every
 * replica that has seen the same operations holds the same state, whatever their order. States are kept
 * in a canonical form (no entry that says no more than `reset` does), so equal means deep-equal.
 */
export type SetEntry = [stamp: string, present: 0 | 1, place: number, value?: unknown];

export interface SetState {
  reset: string | null;
  items: Record<string, SetEntry>;
}

export const emptySetState = (): SetState => ({ reset: null, items: {} });

/** A stable text of a value, with object keys sorted, to compare element values the same everywhere. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export function sameState(a: SetState, b: SetState): boolean {
  return canonical(a) === canonical(b);
}

/** The total order of entries: stamp, then add over remove, then value and place (same-change ties). */
function compareEntries(a: SetEntry, b: SetEntry): number {
  const byStamp = compareHlc(a[0], b[0]);
  if (byStamp !== 0) return byStamp;
  if (a[1] !== b[1]) return a[1] - b[1];
  const [va, vb] = [canonical(a[3]), canonical(b[3])];
  if (va !== vb) return va < vb ? -1 : 1;
  return a[2] - b[2];
}

function laterStamp(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareHlc(a, b) >= 0 ? a : b;
}

function effective(state: SetState, key: string): SetEntry | null {
  return state.items[key] ?? (state.reset === null ? null : [state.reset, 0, 0]);
}

/** The join of two states: per element the larger entry, the later reset; canonical. */
export function joinSetStates(a: SetState, b: SetState): SetState {
  const reset = laterStamp(a.reset, b.reset);
  const items: Record<string, SetEntry> = {};
  const keys = [...new Set([...Object.keys(a.items), ...Object.keys(b.items)])].sort();
  for (const key of keys) {
    const [ea, eb] = [effective(a, key), effective(b, key)];
    const winner = ea === null ? eb : eb === null ? ea : compareEntries(ea, eb) >= 0 ? ea : eb;
    if (winner === null) continue;
    // A removal no later than the reset says nothing the reset does not: left out (canonical form).
    if (winner[1] === 0 && reset !== null && compareHlc(winner[0], reset) <= 0) continue;
    items[key] = winner;
  }
  return { reset, items };
}

/** The key of an element under its policy; null for an element that has none (it is left out). */
export function elementKey(policy: SetPolicy, element: unknown): string | null {
  if (policy.key === undefined) return typeof element === 'string' ? element : null;
  if (element === null || typeof element !== 'object') return null;
  const key = (element as Record<string, unknown>)[policy.key];
  return typeof key === 'string' ? key : null;
}

function entryOf(policy: SetPolicy, stamp: string, place: number, element: unknown): SetEntry {
  return policy.key === undefined ? [stamp, 1, place] : [stamp, 1, place, element];
}

/** The state a whole list written at `stamp` stands for: these elements, and every other one removed. */
export function wholeListState(policy: SetPolicy, list: unknown, stamp: string | undefined): SetState {
  if (stamp === undefined) return emptySetState();
  const items: Record<string, SetEntry> = {};
  if (Array.isArray(list)) {
    list.forEach((element, place) => {
      const key = elementKey(policy, element);
      if (key !== null) items[key] = entryOf(policy, stamp, place, element);
    });
  }
  return { reset: stamp, items };
}

/** The state of element operations made at `stamp` (a `replace` is a whole list). */
export function opsState(policy: SetPolicy, ops: SetOps, stamp: string): SetState {
  if (ops.replace) return wholeListState(policy, ops.add, stamp);
  const items: Record<string, SetEntry> = {};
  for (const key of ops.remove) items[key] = [stamp, 0, 0];
  // Added after the removals: an element both added and removed in one change is added (add wins).
  ops.add.forEach((element, place) => {
    const key = elementKey(policy, element);
    if (key !== null) items[key] = entryOf(policy, stamp, place, element);
  });
  return { reset: null, items };
}

/** The list a state holds: present elements by the stamp of their add, then their place, then key. */
export function setValue(state: SetState): unknown[] {
  return Object.entries(state.items)
    .filter(([, entry]) => entry[1] === 1)
    .sort(([ka, a], [kb, b]) => compareHlc(a[0], b[0]) || a[2] - b[2] || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([key, entry]) => (entry.length > 3 ? entry[3] : key));
}

/** The operations that turn list `before` into list `after` (what an edit sends for a `set` field). */
export function diffSetOps(policy: SetPolicy, before: unknown, after: unknown): SetOps {
  const keyed = (list: unknown) => {
    const map = new Map<string, unknown>();
    if (Array.isArray(list))
      for (const element of list) {
        const key = elementKey(policy, element);
        if (key !== null) map.set(key, element);
      }
    return map;
  };
  const [old, next] = [keyed(before), keyed(after)];
  const add = [...next].filter(([key, element]) => {
    const was = old.get(key);
    return was === undefined || canonical(was) !== canonical(element);
  });
  return {
    add: add.map(([, element]) => element) as SetOps['add'],
    remove: [...old.keys()].filter((key) => !next.has(key)),
  };
}

/**
 * The element states of a record with one stamp renamed (the drift rule re-stamped the change that wrote
 * it: the server holds its operations under the new stamp, and so must this copy, or the old stamp, days
 * ahead, would pin those elements). Stamps are unique to a change, so only its own operations move.
 */
export function renameSetStamp(
  sets: Readonly<Record<string, SetState>> | undefined,
  from: string,
  to: string,
): { _sets?: Record<string, SetState> } {
  if (sets === undefined) return {};
  const renamed: Record<string, SetState> = {};
  for (const [field, state] of Object.entries(sets)) {
    const items = Object.fromEntries(
      Object.entries(state.items).map(([key, entry]) => {
        const [stamp, ...rest] = entry;
        return [key, stamp === from ? ([to, ...rest] as SetEntry) : entry];
      }),
    );
    renamed[field] = { reset: state.reset === from ? to : state.reset, items };
  }
  return { _sets: renamed };
}
