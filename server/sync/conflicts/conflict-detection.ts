import { isDeepStrictEqual } from 'node:util';
import { parseHlc } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { MergeResult } from '../../../shared/sync/merge.ts';
import { DELETED_FIELD } from '../../../shared/sync/record.ts';
import type { Writer } from '../log/change-log.ts';
import type { StoredData } from '../log/record-store.ts';

/**
 * Concurrent writes of one field by two clients, found while a change is merged (pure):
 * (a) the change lost a field to a later write the server holds from another client: kept = the server's
 *     value, overwritten = the change's;
 * (b) the change won a field, but the stamp it replaced is not the one the editing replica had seen
 *     (`base[field]`) and came from another client: the user overwrote an edit they never saw. Kept = the
 *     change's value, overwritten = the previous server value.
 * A change without `base` (an older client) yields only (a). Writes by the same client never conflict,
 * nor do two writes of the same value, nor a `set` field merged by the change's element operations
 * (shared/sync/merge-policy.ts): both sides' additions and removals are kept, nothing is overwritten.
 */
export interface ConflictSide {
  value: unknown;
  hlc: string;
  userId: string | null;
  userName: string;
}

export interface ConflictDraft {
  field: string;
  kept: ConflictSide;
  overwritten: ConflictSide;
}

export interface ConflictInput {
  change: RecordChange;
  author: { userId: string; userName: string; clientId: string };
  stored: StoredData | undefined;
  merge: MergeResult<Record<string, unknown>>;
  /** Writers of the stored stamps involved (see {@link stampsToExplain}). */
  writers: ReadonlyMap<string, Writer>;
}

/** The stored stamps whose writers conflict detection needs to know. */
export function stampsToExplain(
  change: RecordChange,
  stored: StoredData | undefined,
  merge: MergeResult<Record<string, unknown>>,
): string[] {
  if (!stored) return [];
  const byElement = new Set(merge.mergedByElement);
  const fields = [...merge.superseded, ...(change.base ? merge.applied.map((a) => a.field) : [])].filter(
    (field) => !byElement.has(field),
  );
  const stamps = fields.map((field) => stored._clock[field]).filter((s): s is string => s !== undefined);
  return [...new Set(stamps)];
}

function byOtherClient(writer: Writer | undefined, stamp: string, input: ConflictInput): boolean {
  if (writer?.clientId) return writer.clientId !== input.author.clientId;
  return parseHlc(stamp).nodeId !== parseHlc(input.change.hlc).nodeId;
}

function writerSide(writer: Writer | undefined, value: unknown, hlc: string): ConflictSide {
  return { value, hlc, userId: writer?.userId ?? null, userName: writer?.userName ?? 'Không rõ' };
}

function changeValue(change: RecordChange, field: string): unknown {
  return field === DELETED_FIELD ? 1 : change.fields[field];
}

export function detectConflicts(input: ConflictInput): ConflictDraft[] {
  const { change, stored, merge, writers, author } = input;
  if (!stored) return [];
  const mine = (value: unknown): ConflictSide => ({
    value,
    hlc: change.hlc,
    userId: author.userId,
    userName: author.userName,
  });
  const drafts: ConflictDraft[] = [];
  const byElement = new Set(merge.mergedByElement);
  for (const field of merge.superseded) {
    if (byElement.has(field)) continue;
    const stamp = stored._clock[field];
    if (stamp === undefined || !byOtherClient(writers.get(stamp), stamp, input)) continue;
    const kept = writerSide(writers.get(stamp), (stored as Record<string, unknown>)[field], stamp);
    const overwritten = mine(changeValue(change, field));
    if (!isDeepStrictEqual(kept.value, overwritten.value)) drafts.push({ field, kept, overwritten });
  }
  if (!change.base) return drafts;
  for (const outcome of merge.applied) {
    if (byElement.has(outcome.field)) continue;
    const stamp = stored._clock[outcome.field];
    if (stamp === undefined || (change.base[outcome.field] ?? null) === stamp) continue;
    if (isDeepStrictEqual(outcome.oldValue, outcome.newValue)) continue;
    if (!byOtherClient(writers.get(stamp), stamp, input)) continue;
    const overwritten = writerSide(writers.get(stamp), outcome.oldValue, stamp);
    drafts.push({ field: outcome.field, kept: mine(outcome.newValue), overwritten });
  }
  return drafts;
}
