import { randomUUID } from 'node:crypto';
import { isEntityName } from '../../../shared/domain/registry.ts';
import { isTooFarAhead, restampIfAhead } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import { refusalMessageSchema, type PushResult, type RefusalMessage } from '../../../shared/sync/protocol.ts';
import { businessFields } from '../../../shared/sync/record.ts';
import { canWrite, type Principal } from '../../../shared/authz/access.ts';
import { authorizeChange } from '../../../shared/authz/authorize-change.ts';
import type { Tx } from '../../db/database.ts';
import { encodeNotice } from '../../live/notice.ts';
import {
  changeIdTaken,
  checkMergedRecord,
  precheckChange,
  spaceMismatch,
  writtenFields,
  type Rejection,
} from '../checks/change-checks.ts';
import { GroupState, type Carry } from './group-state.ts';
import { writeGroup } from './group-write.ts';
import { accept } from './push-accept.ts';
import { answerReplays, explainConflicts } from './push-answers.ts';
import type { Author, Merged, PushJob } from './push-job.ts';
import { heldFields, type Held } from '../checks/held-fields.ts';
import { checkParents } from '../checks/parent-check.ts';
import type { StoredRow } from '../log/record-store.ts';
import { countPush, stopwatch } from './push-stats.ts';
import { lockSyncState } from '../log/log-head.ts';

/**
 * A push group: the pushes that arrived while the previous group was being written, applied in one
 * transaction under the push lock, one after another in arrival order, exactly as if each ran alone —
 * each change sees the records as every earlier change of the group left them (an in-memory overlay of
 * the rows read once at the start), takes the next version, and is answered on its own. The reads are
 * one query per kind for the whole group and the writes one statement (group-store.ts, group-write.ts),
 * so a group costs a few round trips and one commit, whatever the number of pushes in it.
 */
export type { Pusher, PushJob } from './push-job.ts';

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

/**
 * Pipelining (PostgreSQL, see push-queue.ts): with the previous group's `carry`, the group reads and applies
 * its changes before it has the push lock, while the previous group still writes; once it has the lock it
 * checks that the last commit is the one the carry was made for (its version and its commit token: the
 * previous group may have failed after `ready` while another instance committed as many versions) and
 * otherwise starts over under the lock. `ready` hands this group's carry on as soon as its outcome is
 * settled and it holds the lock, so the next group can start.
 */
export interface Pipeline {
  carry: Carry | null;
  ready(carry: Carry): void;
}

/** Applies a group of pushes; the answers, in the order of the jobs. */
export async function applyPushGroup(
  tx: Tx,
  jobs: readonly PushJob[],
  options: { channel: string },
  pipeline?: Pipeline,
): Promise<PushResult[][]> {
  const lap = stopwatch();
  // The pure checks first: a change they refuse (unknown entity, bad space id, poisoned text) is never
  // put in a query, so a NUL cannot make PostgreSQL fail the group.
  const prechecks = new Map<RecordChange, Rejection | null>();
  for (const job of jobs)
    for (const change of job.request.changes) prechecks.set(change, precheckChange(change));
  // Of a change they refuse, only its record is read (by entity and id, checked text) when its entity is
  // known: the refusal answers what the server holds of it.
  const reading = {
    all: jobs.flatMap((job) => job.request.changes),
    clean: [...prechecks].filter(([, rejection]) => rejection === null).map(([change]) => change),
    keyed: [...prechecks]
      .filter(([change, rejection]) => rejection !== null && isEntityName(change.entity))
      .map(([change]) => change),
  };
  const carry = pipeline?.carry ?? null;
  let state: GroupState | null = null;
  let answers: PushResult[][] = [];
  if (carry) {
    state = await GroupState.load(tx, reading, carry.version, carry);
    answers = await applyJobs(state);
    await explainConflicts(tx, state, carry.writers);
    lap('ahead');
  }
  const sync = await lockSyncState(tx);
  lap('lock');
  const carryHolds = carry !== null && sync.lastVersion === carry.version && sync.commitToken === carry.token;
  if (state === null || !carryHolds) {
    countPush(state === null ? 'locked' : 'redone', 1);
    state = await GroupState.load(tx, reading, sync.lastVersion);
    lap('read');
    answers = await applyJobs(state);
    await explainConflicts(tx, state, new Map());
  } else countPush('ahead', 1);
  // A group that writes commits a fresh token; one that writes nothing leaves the row as it found it.
  const writes = state.version > sync.lastVersion || state.orderBumps > 0;
  const commitToken = writes ? randomUUID() : sync.commitToken;
  pipeline?.ready(state.carry(commitToken));
  lap('apply');
  await answerReplays(tx, state);
  lap('conflicts');
  if (writes) await writeGroup(tx, { ...state.writes(), commitToken, channel: options.channel });
  lap('write');
  countPush('groups', 1);
  countPush('pushes', jobs.length);
  countPush('changes', state.version - sync.lastVersion);
  return answers;

  async function applyJobs(group: GroupState): Promise<PushResult[][]> {
    const all: PushResult[][] = [];
    for (const job of jobs) {
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
        const result = await applyOne(group, { job, author, change }, restamp);
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
    group: GroupState,
    input: { job: PushJob; author: Author; change: RecordChange },
    restamp: (stamp: string) => string,
  ): Promise<PushResult> {
    const { job } = input;
    const { principal } = job.pusher;
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
    const refusal =
      (await checkAccess(group, principal, change, stored, merge)) ??
      checkMergedRecord(change, stored !== null, merged) ??
      checkParents(change, merged, (entity, id) => group.known(entity, id));
    if (refusal) return rejected(change, refusal, heldFields(principal, change, stored));
    return accept(group, { ...input, change, restamped: change !== input.change, stored, merge });
  }

  async function checkAccess(
    group: GroupState,
    principal: Principal,
    change: RecordChange,
    stored: StoredRow | null,
    merge: Merged,
  ): Promise<Rejection | null> {
    const merged = businessFields(merge.record);
    let task: Readonly<Record<string, unknown>> | null = null;
    if (change.entity === 'taskUpdate' && !canWrite(principal, change.spaceId)) {
      const row = typeof merged.taskId === 'string' ? await group.record(tx, 'task', merged.taskId) : null;
      task = row && row.data._deleted !== 1 ? businessFields(row.data) : null;
    }
    const decision = authorizeChange(principal, {
      entity: change.entity,
      spaceId: change.spaceId,
      fields: writtenFields(change),
      deleted: change.deleted === true,
      stored: stored ? businessFields(stored.data) : null,
      merged,
      task,
    });
    if (decision.allowed) return null;
    // The access rules may word the denial as a key and parameters too (written so it compiles whether
    // or not the decision type has `message` yet).
    const message: unknown = 'message' in decision ? decision.message : undefined;
    return {
      code: 'forbidden',
      reason: decision.reason,
      ...(isRefusalMessage(message) ? { message } : {}),
    };
  }
}
