import type { RecordChange } from '../../../shared/sync/change.ts';
import type { Conflict, PushResult } from '../../../shared/sync/protocol.ts';
import { DELETED_FIELD } from '../../../shared/sync/record.ts';
import type { Writer } from '../log/change-log.ts';
import { stampsToExplain } from '../conflicts/conflict-detection.ts';
import type { GroupState, PendingConflicts } from './group-state.ts';
import { stampKey } from './group-store.ts';
import type { Author, Merged, PushJob } from './push-job.ts';
import type { StoredRow } from '../log/record-store.ts';
import { withLoggedSetOps } from '../log/set-ops-log.ts';

/**
 * An accepted change, in the group's books: the next version, the record as merged, the change-log row
 * with its audit, the receipt, and the writers of the stamps it replaced (for conflict detection once
 * the group's changes are all applied, push-answers.ts). Nothing is written here: the group's writes
 * are one statement at the end (group-write.ts).
 */
export function accept(
  group: GroupState,
  input: {
    job: PushJob;
    author: Author;
    change: RecordChange;
    restamped: boolean;
    stored: StoredRow | null;
    merge: Merged;
  },
): PushResult {
  const { change, merge, job, author } = input;
  const version = group.nextVersion();
  const stored = input.stored?.data;
  // Writers of the stored stamps: known now when an earlier change of the group wrote them, else read
  // from the change log after the loop (one query for the group).
  const stamps = stampsToExplain(change, stored, merge);
  const local = new Map<string, Writer>();
  const fromLog: string[] = [];
  for (const stamp of stamps) {
    const writer = group.writers.get(stampKey(change.entity, change.recordId, stamp));
    if (writer) local.set(stamp, writer);
    else fromLog.push(stamp);
  }
  const conflicts: Conflict[] = [];
  const hlc = input.restamped ? { hlc: change.hlc } : {};
  const result: PushResult = { changeId: change.changeId, status: 'accepted', version, conflicts, ...hlc };
  const now = job.now;
  const pending: PendingConflicts = {
    change,
    author,
    stored,
    merge,
    local,
    fromLog,
    version,
    now,
    conflicts,
  };
  group.pending.push(pending);
  group.lastReordered = false;
  if (merge.applied.length > 0) {
    group.saveRecord(change, merge.record, version, job.now);
    group.lastReordered = group.touchSpace(change, merge.record, job.now);
  }
  const fields = withLoggedSetOps(
    Object.fromEntries(
      merge.applied.filter((f) => f.field !== DELETED_FIELD).map((f) => [f.field, f.newValue]),
    ),
    merge,
  );
  group.changes.push({
    version,
    change_id: change.changeId,
    entity: change.entity,
    record_id: change.recordId,
    space_id: change.spaceId,
    hlc: change.hlc,
    fields,
    deleted: merge.applied.some((f) => f.field === DELETED_FIELD),
    user_id: author.userId,
    client_id: author.clientId,
    received_at: job.now,
    audit: merge.applied.map((o) => ({ f: o.field, o: o.oldValue ?? null, n: o.newValue ?? null })),
  });
  group.accepted.set(change.changeId, { version, userId: author.userId, conflicts, ...hlc });
  group.writers.set(stampKey(change.entity, change.recordId, change.hlc), {
    userId: author.userId,
    clientId: author.clientId,
    userName: author.userName,
  });
  return result;
}
