import { isEntityName } from '../../../shared/domain/registry.ts';
import { isTooFarAhead, restampIfAhead } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import { refusalMessageSchema, type PushResult, type RefusalMessage } from '../../../shared/sync/protocol.ts';
import { businessFields } from '../../../shared/sync/record.ts';
import { canCreateSpace, canWrite, type Principal } from '../../../shared/authz/access.ts';
import { authorizeChange, createsSpace } from '../../../shared/authz/authorize-change.ts';
import type { Tx } from '../../db/database.ts';
import { encodeGrantsNotice, encodeNotice } from '../../live/notice.ts';
import {
  changeIdTaken,
  checkMergedRecord,
  precheckChange,
  spaceMismatch,
  writtenFields,
  type Rejection,
} from '../checks/change-checks.ts';
import { heldFields, type Held } from '../checks/held-fields.ts';
import { checkParents } from '../checks/parent-check.ts';
import type { StoredRow } from '../log/record-store.ts';
import type { GroupState } from './group-state.ts';
import { accept } from './push-accept.ts';
import type { Author, Merged, PushJob } from './push-job.ts';

/**
 * A push group's changes applied one by one, in arrival order, through the checks (replay, pure checks,
 * space, access, the merged record, parents) onto the group's state (group-state.ts); each change is
 * answered on its own, accepted (push-accept.ts) or rejected with what the server holds of it.
 */
export interface GroupChanges {
  tx: Tx;
  jobs: readonly PushJob[];
  /** The pure checks' verdict on each change of the group (null: passed). */
  prechecks: ReadonlyMap<RecordChange, Rejection | null>;
}

/** What a group reads (GroupState.load): every change, and of those the pure checks refused, the keyed. */
export interface GroupReading {
  all: RecordChange[];
  clean: RecordChange[];
  keyed: RecordChange[];
  users: string[];
}

/**
 * The pure checks first: a change they refuse (unknown entity, bad space id, poisoned text) is never put
 * in a query, so a NUL cannot make PostgreSQL fail the group. Of a change they refuse, only its record is
 * read (by entity and id, checked text) when its entity is known: the refusal answers what the server
 * holds of it.
 */
export function precheckGroup(jobs: readonly PushJob[]): {
  prechecks: Map<RecordChange, Rejection | null>;
  reading: GroupReading;
} {
  const prechecks = new Map<RecordChange, Rejection | null>();
  for (const job of jobs)
    for (const change of job.request.changes) prechecks.set(change, precheckChange(change));
  const reading = {
    all: jobs.flatMap((job) => job.request.changes),
    clean: [...prechecks].filter(([, rejection]) => rejection === null).map(([change]) => change),
    keyed: [...prechecks]
      .filter(([change, rejection]) => rejection !== null && isEntityName(change.entity))
      .map(([change]) => change),
    users: [...new Set(jobs.map((job) => job.pusher.userId))],
  };
  return { prechecks, reading };
}

const isRefusalMessage = (value: unknown): value is RefusalMessage =>
  value !== undefined && refusalMessageSchema.safeParse(value).success;

/** A refusal, with what the server holds of the fields the change wrote (see held-fields.ts). */
const rejected = (change: RecordChange, rejection: Rejection, held: Held | null): PushResult => ({
  changeId: change.changeId,
  status: 'rejected',
  code: rejection.code,
  reason: rejection.reason,
  ...(rejection.message ? { message: rejection.message } : {}),
  held,
});

/** Applies every job of the group onto `group`; the answers, in the order of the jobs. */
export async function applyJobs(input: GroupChanges, group: GroupState): Promise<PushResult[][]> {
  const all: PushResult[][] = [];
  for (const job of input.jobs) {
    const author = {
      userId: job.pusher.userId,
      userName: job.pusher.userName,
      clientId: job.request.clientId,
    };
    const first = group.version;
    const touched = new Set<string>();
    let reordered = false;
    const results: PushResult[] = [];
    // The drift rule: a stamp too far ahead of the server's clock is stored under the server's time;
    // the re-stamped changes of one push take increasing counters in push order, so two re-stamped
    // edits of one field keep their order.
    let restamped = 0;
    const restamp = (stamp: string) =>
      isTooFarAhead(stamp, job.now) ? restampIfAhead(stamp, job.now, restamped++) : stamp;
    for (const change of job.request.changes) {
      const result = await applyOne(input, group, { job, author, change }, restamp);
      results.push(result);
      if (result.status !== 'accepted' || group.replayed.has(result)) continue;
      touched.add(change.spaceId);
      reordered ||= group.lastReordered;
    }
    all.push(results);
    if (reordered) group.orderBumps += 1;
    if (group.version > first)
      group.notices.push(encodeNotice({ version: group.version, spaceIds: [...touched] }));
  }
  return all;
}

async function applyOne(
  { tx, prechecks }: GroupChanges,
  group: GroupState,
  input: { job: PushJob; author: Author; change: RecordChange },
  restamp: (stamp: string) => string,
): Promise<PushResult> {
  const { job } = input;
  // The grants on the group's spaces as the group holds them: a space created earlier in the group is
  // its creator's to manage already.
  const principal = group.grants.principal(job.pusher.principal);
  // A receipt answers only its own user's retry; another user's change id is refused, whatever it says.
  const replay = group.replay(input.change, job.pusher.userId);
  if (replay === 'taken') {
    const { entity, recordId } = input.change;
    const known = isEntityName(entity) ? group.known(entity, recordId) : null;
    return rejected(input.change, changeIdTaken(), heldFields(principal, input.change, known));
  }
  if (replay) return replay;
  const precheck = prechecks.get(input.change);
  if (precheck) {
    const { entity, recordId } = input.change;
    const known = isEntityName(entity) ? group.known(entity, recordId) : null;
    return rejected(input.change, precheck, heldFields(principal, input.change, known));
  }
  // From here on the change is the one stored: its fields, `_clock`, the change log, the audit and
  // conflict detection all use the new stamp. `base` is only compared with stored stamps, never kept.
  const hlc = restamp(input.change.hlc);
  const change = hlc === input.change.hlc ? input.change : { ...input.change, hlc };
  const stored = await group.record(tx, change.entity, change.recordId);
  if (stored && stored.spaceId !== change.spaceId)
    return rejected(change, spaceMismatch(stored.spaceId, change), heldFields(principal, change, stored));
  const merge = mergeChange<Record<string, unknown>>(stored?.data, change);
  const merged = businessFields(merge.record);
  const access = await checkAccess(tx, group, { principal, change, stored, merge });
  const refusal =
    access.refusal ??
    checkMergedRecord(change, stored !== null, merged) ??
    checkParents(change, merged, (entity, id) => group.known(entity, id));
  if (refusal) return rejected(change, refusal, heldFields(principal, change, stored));
  if (access.opens) giveCreatorManage(group, principal, change.spaceId, job.now);
  return accept(group, { ...input, change, restamped: change !== input.change, stored, merge });
}

/**
 * The creator of a new programme or meeting (by the capability, or an admin) manages it from this change
 * on: the grant is written with the group, and their live sockets close so they reconnect reading it.
 */
function giveCreatorManage(group: GroupState, principal: Principal, spaceId: string, now: number): void {
  if (principal.grants.some((grant) => grant.spaceId === spaceId && grant.role === 'manage')) return;
  const userId = principal.userId;
  group.grants.give({ userId, spaceId, role: 'manage', now, by: userId });
  // An admin reads every space already: nothing for its sockets to learn.
  if (!principal.isAdmin) group.notices.push(encodeGrantsNotice(userId));
}

async function checkAccess(
  tx: Tx,
  group: GroupState,
  input: { principal: Principal; change: RecordChange; stored: StoredRow | null; merge: Merged },
): Promise<{ refusal: Rejection | null; opens: boolean }> {
  const { principal, change, stored } = input;
  const merged = businessFields(input.merge.record);
  let task: Readonly<Record<string, unknown>> | null = null;
  if (change.entity === 'taskUpdate' && !canWrite(principal, change.spaceId)) {
    const row = typeof merged.taskId === 'string' ? await group.record(tx, 'task', merged.taskId) : null;
    task = row && row.data._deleted !== 1 ? businessFields(row.data) : null;
  }
  const request = {
    entity: change.entity,
    spaceId: change.spaceId,
    fields: writtenFields(change),
    deleted: change.deleted === true,
    stored: stored ? businessFields(stored.data) : null,
    merged,
    task,
    recordId: change.recordId,
    spaceExists: group.hasSpace(change.spaceId),
  };
  const decision = authorizeChange(principal, request);
  if (decision.allowed) {
    const kind = createsSpace(request);
    return { refusal: null, opens: kind !== null && canCreateSpace(principal, kind) };
  }
  // The access rules may word the denial as a key and parameters too (written so it compiles whether
  // or not the decision type has `message` yet).
  const message: unknown = 'message' in decision ? decision.message : undefined;
  const refusal: Rejection = {
    code: 'forbidden',
    reason: decision.reason,
    ...(isRefusalMessage(message) ? { message } : {}),
  };
  return { refusal, opens: false };
}
