import type { RecordChange } from '../../shared/sync/change.ts';
import { mergeChange, type MergeResult } from '../../shared/sync/merge.ts';
import type { PushResult } from '../../shared/sync/protocol.ts';
import { businessFields } from '../../shared/sync/record.ts';
import { canWrite, type Principal } from '../authz/access.ts';
import { authorizeChange } from '../authz/authorize-change.ts';
import type { Tx } from '../db/database.ts';
import { findReceipt, findWriters, logAcceptedChange } from './change-log.ts';
import {
  checkMergedRecord,
  precheckChange,
  spaceMismatch,
  writtenFields,
  type Rejection,
} from './change-checks.ts';
import { detectConflicts, stampsToExplain } from './conflict-detection.ts';
import { conflictsOfChange, insertConflicts } from './conflict-store.ts';
import { loadRecord, saveRecord, touchSpace, type StoredData, type StoredRow } from './record-store.ts';

/**
 * One change of a push, inside the push transaction (which holds the push lock): a retry answers its first
 * result; otherwise the change is checked, merged with the shared `mergeChange` (so server and clients
 * merge alike), authorised against the stored record, validated, and — when accepted — written with its
 * change row, audit rows and conflicts under the version it is given.
 */
export interface ApplyInput {
  tx: Tx;
  principal: Principal;
  author: { userId: string; userName: string; clientId: string };
  change: RecordChange;
  version: number;
  now: number;
  maxDriftMs: number;
}

export type ApplyOutcome =
  | { kind: 'replayed' | 'rejected'; result: PushResult }
  | { kind: 'accepted'; result: PushResult; spaceOrderChanged: boolean };

type Merged = MergeResult<Record<string, unknown>>;

const rejected = (change: RecordChange, rejection: Rejection): ApplyOutcome => ({
  kind: 'rejected',
  result: { changeId: change.changeId, status: 'rejected', code: rejection.code, reason: rejection.reason },
});

export async function applyChange(input: ApplyInput): Promise<ApplyOutcome> {
  const { tx, change } = input;
  const receipt = await findReceipt(tx, change.changeId);
  if (receipt !== null) {
    const conflicts = await conflictsOfChange(tx, change.changeId);
    return {
      kind: 'replayed',
      result: { changeId: change.changeId, status: 'accepted', version: receipt, conflicts },
    };
  }
  const precheck = precheckChange(change, input.now, input.maxDriftMs);
  if (precheck) return rejected(change, precheck);
  const stored = await loadRecord(tx, change.entity, change.recordId);
  if (stored && stored.spaceId !== change.spaceId)
    return rejected(change, spaceMismatch(stored.spaceId, change));
  const merge = mergeChange<Record<string, unknown>>(stored?.data, change);
  const refusal =
    (await checkAccess(input, stored, merge)) ??
    checkMergedRecord(change, stored !== null, businessFields(merge.record));
  if (refusal) return rejected(change, refusal);
  return accept(input, stored?.data, merge);
}

async function checkAccess(
  input: ApplyInput,
  stored: StoredRow | null,
  merge: Merged,
): Promise<Rejection | null> {
  const { change, principal } = input;
  const merged = businessFields(merge.record);
  const decision = authorizeChange(principal, {
    entity: change.entity,
    spaceId: change.spaceId,
    fields: writtenFields(change),
    deleted: change.deleted === true,
    stored: stored ? businessFields(stored.data) : null,
    merged,
    task: await relatedTask(input, merged),
  });
  return decision.allowed ? null : { code: 'forbidden', reason: decision.reason };
}

/** The task a progress report belongs to, when the lead-unit rule may need it. */
async function relatedTask(input: ApplyInput, merged: Readonly<Record<string, unknown>>) {
  const { change, principal } = input;
  if (change.entity !== 'taskUpdate' || canWrite(principal, change.spaceId)) return null;
  if (typeof merged.taskId !== 'string') return null;
  const task = await loadRecord(input.tx, 'task', merged.taskId);
  return task && task.data._deleted !== 1 ? businessFields(task.data) : null;
}

async function accept(
  input: ApplyInput,
  stored: StoredData | undefined,
  merge: Merged,
): Promise<ApplyOutcome> {
  const { tx, change, version, now, author } = input;
  const writers = await findWriters(tx, {
    entity: change.entity,
    recordId: change.recordId,
    stamps: stampsToExplain(change, stored, merge),
  });
  const drafts = detectConflicts({ change, author, stored, merge, writers });
  let spaceOrderChanged = false;
  if (merge.applied.length > 0) {
    const { entity, recordId: id, spaceId } = change;
    await saveRecord(tx, { entity, id, spaceId, data: merge.record, version, now });
    spaceOrderChanged = await touchSpace(tx, { entity, spaceId, record: merge.record, now });
  }
  await logAcceptedChange(tx, {
    version,
    changeId: change.changeId,
    entity: change.entity,
    recordId: change.recordId,
    spaceId: change.spaceId,
    hlc: change.hlc,
    applied: merge.applied,
    userId: author.userId,
    clientId: author.clientId,
    now,
  });
  const conflicts = await insertConflicts(
    tx,
    {
      changeId: change.changeId,
      version,
      spaceId: change.spaceId,
      entity: change.entity,
      recordId: change.recordId,
      now,
    },
    drafts,
  );
  return {
    kind: 'accepted',
    result: { changeId: change.changeId, status: 'accepted', version, conflicts },
    spaceOrderChanged,
  };
}
