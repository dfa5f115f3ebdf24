import type { PushResult } from '../../shared/sync/protocol.ts';
import type { Database } from '../db/database.ts';
import { applyPushGroup, type PushJob } from './push-group.ts';
import { stopwatch } from './push-stats.ts';

/**
 * Group commit: pushes are queued per database, and the pushes that arrived while one group's transaction
 * ran go together into the next one (up to `MAX_GROUP_CHANGES` changes; a push is never split). The push
 * lock is then taken, and the commit's disk flush paid, once per group instead of once per push, and the
 * queries of a group are batched (push-group.ts). Pushes keep their arrival order and each gets its own
 * answer. If a group's transaction fails, its pushes are retried one per transaction, so one bad push
 * fails alone, as it would have without grouping.
 */
export const MAX_GROUP_CHANGES = 2000;

interface Waiting {
  job: PushJob;
  resolve: (results: PushResult[]) => void;
  reject: (error: unknown) => void;
}

export interface PushQueueOptions {
  maxDriftMs: number;
  /** What a group's transaction runs (tests replace it); default {@link applyPushGroup}. */
  apply?: typeof applyPushGroup;
}

export class PushQueue {
  private readonly waiting: Waiting[] = [];
  private running = false;
  private readonly database: Database;
  private readonly maxDriftMs: number;
  private readonly apply: typeof applyPushGroup;
  /** Transactions run so far and the pushes they carried (a group retried alone counts again). */
  readonly counts = { groups: 0, pushes: 0 };

  constructor(database: Database, options: PushQueueOptions) {
    this.database = database;
    this.maxDriftMs = options.maxDriftMs;
    this.apply = options.apply ?? applyPushGroup;
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
      if (group.length > 0 && changes + size > MAX_GROUP_CHANGES) break;
      group.push(next);
      changes += size;
    }
    this.waiting.splice(0, group.length);
    return group;
  }

  private async run(jobs: readonly PushJob[]): Promise<PushResult[][]> {
    const options = { maxDriftMs: this.maxDriftMs, channel: this.database.noticeChannel };
    const lap = stopwatch();
    this.counts.groups += 1;
    this.counts.pushes += jobs.length;
    const answers = await this.database.transaction((tx) => this.apply(tx, jobs, options));
    lap('transaction');
    return answers;
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        try {
          const answers = await this.run(group.map((w) => w.job));
          group.forEach((waiting, i) => waiting.resolve(answers[i] ?? []));
        } catch (error) {
          if (group.length === 1) group[0]?.reject(error);
          else await this.alone(group);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async alone(group: readonly Waiting[]): Promise<void> {
    for (const waiting of group) {
      try {
        const [results] = await this.run([waiting.job]);
        waiting.resolve(results ?? []);
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}

const queues = new WeakMap<Database, PushQueue>();

/** The push queue of a database (one per open database, so per server instance). */
export function pushQueueOf(database: Database, options: PushQueueOptions): PushQueue {
  let queue = queues.get(database);
  if (!queue) {
    queue = new PushQueue(database, options);
    queues.set(database, queue);
  }
  return queue;
}
