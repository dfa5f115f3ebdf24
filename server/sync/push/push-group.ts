import { randomUUID } from 'node:crypto';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import type { Tx } from '../../db/database.ts';
import { lockSyncState, type SyncState } from '../log/log-head.ts';
import { GroupState, type Carry } from './group-state.ts';
import { writeGroup } from './group-write.ts';
import { applyJobs, precheckGroup, type GroupChanges } from './push-apply.ts';
import { answerReplays, explainConflicts } from './push-answers.ts';
import type { PushJob } from './push-job.ts';
import { NO_PUSH_STATS, type PushStats } from './push-stats.ts';

/**
 * A push group: the pushes that arrived while the previous group was being written, applied in one
 * transaction under the push lock, one after another in arrival order, exactly as if each ran alone —
 * each change sees the records as every earlier change of the group left them (an in-memory overlay of
 * the rows read once at the start), takes the next version, and is answered on its own (push-apply.ts).
 * The reads are one query per kind for the whole group and the writes one statement (group-store.ts,
 * group-write.ts), so a group costs a few round trips and one commit, whatever the number of pushes in it.
 */
export type { Pusher, PushJob } from './push-job.ts';

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

export interface GroupOptions {
  /** The live notices' channel. */
  channel: string;
  /** Where the stage timings go (push-stats.ts); default none. */
  stats?: PushStats;
}

/** Applies a group of pushes; the answers, in the order of the jobs. */
export async function applyPushGroup(
  tx: Tx,
  jobs: readonly PushJob[],
  options: GroupOptions,
  pipeline?: Pipeline,
): Promise<PushResult[][]> {
  const stats = options.stats ?? NO_PUSH_STATS;
  const lap = stats.stopwatch();
  const { prechecks, reading } = precheckGroup(jobs);
  const changes: GroupChanges = { tx, jobs, prechecks };
  const carry = pipeline?.carry ?? null;
  let state: GroupState | null = null;
  let answers: PushResult[][] = [];
  if (carry) {
    state = await GroupState.load(tx, reading, carry.version, carry);
    answers = await applyChanges(changes, state, carry.writers);
    lap('ahead');
  }
  const sync = await lockSyncState(tx);
  lap('lock');
  const carryHolds = carry !== null && sync.lastVersion === carry.version && sync.commitToken === carry.token;
  if (state === null || !carryHolds) {
    stats.record(state === null ? 'locked' : 'redone', 1);
    state = await GroupState.load(tx, reading, sync.lastVersion);
    lap('read');
    answers = await applyChanges(changes, state, new Map());
  } else stats.record('ahead', 1);
  await finishGroup(tx, state, sync, { ...options, stats, lap, pipeline, pushes: jobs.length });
  return answers;
}

/** Every change of the group through the checks, then the conflicts they caused explained. */
async function applyChanges(
  changes: GroupChanges,
  state: GroupState,
  writers: Carry['writers'],
): Promise<PushResult[][]> {
  const answers = await applyJobs(changes, state);
  await explainConflicts(changes.tx, state, writers);
  return answers;
}

/**
 * Once the group's outcome is settled under the lock: its carry handed on, the replays answered, and
 * what it accepted written. A group that writes commits a fresh token; one that writes nothing leaves
 * the row as it found it.
 */
async function finishGroup(
  tx: Tx,
  state: GroupState,
  sync: SyncState,
  run: Required<GroupOptions> & {
    lap: (stage: string) => void;
    pipeline: Pipeline | undefined;
    pushes: number;
  },
): Promise<void> {
  const writes = state.version > sync.lastVersion || state.orderBumps > 0;
  const commitToken = writes ? randomUUID() : sync.commitToken;
  run.pipeline?.ready(state.carry(commitToken));
  run.lap('apply');
  await answerReplays(tx, state);
  run.lap('conflicts');
  if (writes) await writeGroup(tx, { ...state.writes(), commitToken, channel: run.channel });
  run.lap('write');
  run.stats.record('groups', 1);
  run.stats.record('pushes', run.pushes);
  run.stats.record('changes', state.version - sync.lastVersion);
}
