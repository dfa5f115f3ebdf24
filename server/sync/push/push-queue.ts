import type { PushResult } from '../../../shared/sync/protocol.ts';
import type { Database } from '../../db/database.ts';
import type { Carry } from './group-state.ts';
import { applyPushGroup, type PushJob } from './push-group.ts';
import { NO_PUSH_STATS, type PushStats } from './push-stats.ts';

/**
 * Group commit: pushes are queued per server — the queue is made with the server's context (server.ts),
 * with its options, and that server's pushes all go through it — and the pushes that arrived while one
 * group's transaction ran go together into the next one (up to `MAX_GROUP_CHANGES` changes; a push is
 * never split). The push lock is then taken, and the commit's disk flush paid, once per group instead of
 * once per push, and the queries of a group are batched (push-group.ts). Pushes keep their arrival order
 * and each gets its own answer. If a group's transaction fails, its pushes are retried one per
 * transaction, so one bad push fails alone, as it would have without grouping.
 *
 * On PostgreSQL two groups overlap: once a group holds the lock and knows its outcome, the next one starts
 * in a transaction of its own, reading and applying its changes on top of what the first one left (its
 * carry) while the first writes and commits; it then waits for the lock and checks that nothing else
 * committed meanwhile (else it starts over under the lock). So the server's JavaScript and PostgreSQL's
 * writing run side by side instead of in turn. PGlite has one connection: groups run one after another.
 */
export const MAX_GROUP_CHANGES = 2000;

interface Waiting {
  job: PushJob;
  resolve: (results: PushResult[]) => void;
  reject: (error: unknown) => void;
  /** Retried alone after its group failed. */
  alone?: boolean;
}

export interface PushQueueOptions {
  /** What a group's transaction runs (tests replace it); default {@link applyPushGroup}. */
  apply?: typeof applyPushGroup;
  /** Where the groups' stage timings go (push-stats.ts); default none. Its owner stops it. */
  stats?: PushStats;
}

export class PushQueue {
  private readonly waiting: Waiting[] = [];
  private running = false;
  private readonly database: Database;
  private readonly apply: typeof applyPushGroup;
  private readonly pipelined: boolean;
  /** The stats its groups record into (stopped by whoever made them). */
  readonly stats: PushStats;
  /** Transactions run so far and the pushes they carried (a group retried alone counts again). */
  readonly counts = { groups: 0, pushes: 0 };

  constructor(database: Database, options: PushQueueOptions = {}) {
    this.database = database;
    this.apply = options.apply ?? applyPushGroup;
    this.pipelined = database.kind === 'postgres';
    this.stats = options.stats ?? NO_PUSH_STATS;
  }

  push(job: PushJob): Promise<PushResult[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    let changes = 0;
    for (const next of this.waiting) {
      const size = next.job.request.changes.length;
      if (group.length > 0 && (next.alone || changes + size > MAX_GROUP_CHANGES)) break;
      group.push(next);
      changes += size;
      if (next.alone) break;
    }
    this.waiting.splice(0, group.length);
    return group;
  }

  /** Runs one group; `ready` gets its carry once the next group may start (null: start after it). */
  private async run(group: Waiting[], carry: Carry | null, ready: (carry: Carry | null) => void) {
    const jobs = group.map((w) => w.job);
    const options = { channel: this.database.noticeChannel, stats: this.stats };
    const lap = this.stats.stopwatch();
    this.counts.groups += 1;
    this.counts.pushes += jobs.length;
    try {
      const pipeline = this.pipelined ? { carry, ready } : undefined;
      const answers = await this.database.transaction((tx) => this.apply(tx, jobs, options, pipeline));
      lap('transaction');
      ready(null);
      group.forEach((waiting, i) => waiting.resolve(answers[i] ?? []));
      return true;
    } catch (error) {
      ready(null);
      if (group.length === 1) group[0]?.reject(error);
      else this.waiting.unshift(...group.map((waiting) => ({ ...waiting, alone: true })));
      return false;
    }
  }

  private async drain(): Promise<void> {
    this.running = true;
    const inFlight = new Set<Promise<boolean>>();
    let carry: Carry | null = null;
    try {
      while (this.waiting.length > 0 || inFlight.size > 0) {
        if (this.waiting.length === 0) {
          await Promise.race(inFlight);
          continue;
        }
        const group = this.takeGroup();
        let handOn: (carry: Carry | null) => void = () => undefined;
        const handed = new Promise<Carry | null>((resolve) => (handOn = resolve));
        const run = this.run(group, carry, (next) => handOn(next));
        inFlight.add(run);
        void run.then((ok) => {
          inFlight.delete(run);
          if (!ok) carry = null;
        });
        carry = await handed;
        // No carry: the group failed, or runs unpipelined; the next one starts after it, under the lock.
        if (carry === null) await run;
      }
    } finally {
      this.running = false;
    }
  }
}
