import { uuidv7 } from '../../../shared/ids/index.ts';
import type { Conflict } from '../../../shared/sync/protocol.ts';
import type { Tx } from '../../db/database.ts';
import type { Writer } from '../log/change-log.ts';
import { detectConflicts } from '../conflicts/conflict-detection.ts';
import type { GroupState } from './group-state.ts';
import { loadConflictsOf, loadStampsOf, loadWriters, stampKey } from './group-store.ts';

/**
 * Conflict detection for every accepted change, once the writers of the stamps it replaced are known:
 * written earlier in the group, by the previous group (`carried`, not committed yet when this group works
 * ahead of the lock), or found in the change log.
 */
export async function explainConflicts(
  tx: Tx,
  group: GroupState,
  carried: ReadonlyMap<string, Writer>,
): Promise<void> {
  const lookups = group.pending.flatMap((p) =>
    p.fromLog
      .filter((hlc) => !carried.has(stampKey(p.change.entity, p.change.recordId, hlc)))
      .map((hlc) => ({ entity: p.change.entity, recordId: p.change.recordId, hlc })),
  );
  const logged = await loadWriters(tx, lookups);
  for (const pending of group.pending) {
    const writers = new Map(pending.local);
    for (const stamp of pending.fromLog) {
      const key = stampKey(pending.change.entity, pending.change.recordId, stamp);
      const writer = carried.get(key) ?? logged.get(key);
      if (writer) writers.set(stamp, writer);
    }
    const drafts = detectConflicts({ ...pending, writers });
    for (const draft of drafts) {
      const { change, version, now } = pending;
      const conflict: Conflict = {
        id: uuidv7(now),
        spaceId: change.spaceId,
        entity: change.entity,
        recordId: change.recordId,
        field: draft.field,
        kept: { ...draft.kept, value: draft.kept.value ?? null },
        overwritten: { ...draft.overwritten, value: draft.overwritten.value ?? null },
        createdAt: now,
        resolvedAt: null,
      };
      pending.conflicts.push(conflict);
      group.conflicts.push({
        id: conflict.id,
        change_id: change.changeId,
        version,
        space_id: change.spaceId,
        entity: change.entity,
        record_id: change.recordId,
        field: draft.field,
        kept_value: conflict.kept.value,
        kept_hlc: draft.kept.hlc,
        kept_user_id: draft.kept.userId,
        kept_user_name: draft.kept.userName,
        overwritten_value: conflict.overwritten.value,
        overwritten_hlc: draft.overwritten.hlc,
        overwritten_user_id: draft.overwritten.userId,
        overwritten_user_name: draft.overwritten.userName,
        created_at: now,
      });
    }
  }
}

/**
 * Retried changes answer their first result: version, conflicts, by field as the inbox lists them, and
 * the stamp the change was stored under when the drift rule re-stamped it.
 */
export async function answerReplays(tx: Tx, group: GroupState): Promise<void> {
  const fromLog = [...group.replayedFromLog];
  const stored = await loadConflictsOf(tx, fromLog);
  const stamps = await loadStampsOf(tx, fromLog);
  for (const [result, { source, sentHlc }] of group.replayed) {
    if (result.status !== 'accepted') continue;
    const first = group.accepted.get(result.changeId);
    const conflicts =
      source === 'log'
        ? (stored.get(result.changeId) ?? [])
        : [...(first?.conflicts ?? [])].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
    result.conflicts.push(...conflicts);
    const hlc = source === 'log' ? stamps.get(result.changeId) : first?.hlc;
    if (hlc !== undefined && hlc !== sentHlc) result.hlc = hlc;
  }
}
