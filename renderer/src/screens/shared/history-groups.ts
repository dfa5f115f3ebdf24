import { parseHlc } from '../../../../shared/hlc/index.ts';
import { actorKey, actorOfEntry } from '../../db/actor.ts';
import type { HistoryActor, HistoryEntry } from '../../db/local-db.ts';
import { sameValue } from '../../db/same-value.ts';

/** Lines this close together, by the same actor, read as one edit (a form saved, then a field fixed). */
export const EDIT_WINDOW_MS = 60_000;

/** One edit: who, when, and each field it changed once (first old value → last new value). */
export interface HistoryEdit {
  key: string;
  actor: HistoryActor | null;
  /** When it was made (the newest line's stamp). */
  at: number;
  entries: HistoryEntry[];
}

/**
 * When a line's change was made: its stamp's wall time (for a pulled change, when its author made it, not
 * when it arrived here), or when it was written here if the stamp does not read.
 */
export function madeAt(entry: Pick<HistoryEntry, 'hlc' | 'at'>): number {
  try {
    return parseHlc(entry.hlc).wallMs;
  } catch {
    return entry.at;
  }
}

interface Open {
  edit: HistoryEdit;
  key: string;
  hlcs: Set<string>;
  oldest: number;
  byField: Map<string, HistoryEntry>;
}

function open(entry: HistoryEntry, actor: HistoryActor | null, at: number): Open {
  const byField = new Map([[entry.field, entry]]);
  return {
    edit: { key: `${entry.hlc}:${entry.seq ?? entry.field}`, actor, at, entries: [] },
    key: actorKey(actor),
    hlcs: new Set([entry.hlc]),
    oldest: at,
    byField,
  };
}

function close(group: Open): HistoryEdit {
  // Read newest first, shown in the order they were written.
  const entries = [...group.byField.values()]
    .reverse()
    .filter((entry) => !sameValue(entry.oldValue, entry.newValue));
  return { ...group.edit, entries };
}

/**
 * Groups history lines, newest first, into edits: consecutive lines of the same actor with the same stamp
 * (one write) or within {@link EDIT_WINDOW_MS} of each other. A field changed twice in one edit shows once,
 * from its first old value to its last new one; one that ends as it began is left out, and so is an edit
 * left with nothing.
 */
export function groupEdits(newestFirst: readonly HistoryEntry[], windowMs = EDIT_WINDOW_MS): HistoryEdit[] {
  const edits: HistoryEdit[] = [];
  let current: Open | null = null;
  for (const entry of newestFirst) {
    const actor = actorOfEntry(entry);
    const at = madeAt(entry);
    const sameEdit =
      current !== null &&
      current.key === actorKey(actor) &&
      (current.hlcs.has(entry.hlc) || Math.abs(current.oldest - at) <= windowMs);
    if (!current || !sameEdit) {
      if (current) edits.push(close(current));
      current = open(entry, actor, at);
      continue;
    }
    current.hlcs.add(entry.hlc);
    current.oldest = Math.min(current.oldest, at);
    const newer = current.byField.get(entry.field);
    // Newest first: an older line of a field already seen gives the edit its starting value.
    current.byField.set(entry.field, newer ? { ...newer, oldValue: entry.oldValue } : entry);
  }
  if (current) edits.push(close(current));
  return edits.filter((edit) => edit.entries.length > 0);
}
