/**
 * Stage timings of push groups, for profiling the push path (the server's `PUSH_STATS=1`, read by
 * server/cli.ts): every `intervalMs` (5 s), one JSON line with the number of groups, pushes and changes,
 * and the milliseconds spent per stage; `stop()` writes what is left. Each server makes its own (with its
 * push queue, server.ts), so two servers in one process keep apart totals. Off by default (a few
 * `performance.now()` calls per group are all it costs when on).
 */
export interface PushStats {
  /** Adds to a named total: a count (`groups`, `pushes`, …) or milliseconds (`transactionMs`, …). */
  record(key: string, amount: number): void;
  /** A stopwatch whose laps add to the totals `<stage>Ms`. */
  stopwatch(): (stage: string) => void;
  /** Writes the totals not yet written and stops; later records are ignored. */
  stop(): void;
}

export interface PushStatsOptions {
  enabled: boolean;
  /** Where a line goes (without its newline); default stderr. */
  log?: (line: string) => void;
  /** Default 5 000. */
  intervalMs?: number;
}

const ignore = () => undefined;

/** Stats that record nothing: for a queue without a server (the admin CLI, tests). */
export const NO_PUSH_STATS: PushStats = { record: ignore, stopwatch: () => ignore, stop: ignore };

export function createPushStats(options: PushStatsOptions): PushStats {
  if (!options.enabled) return NO_PUSH_STATS;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const intervalMs = options.intervalMs ?? 5_000;
  const totals = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const flush = () => {
    if (totals.size === 0) return;
    const line = Object.fromEntries([...totals.entries()].map(([k, v]) => [k, Math.round(v * 10) / 10]));
    log(JSON.stringify({ event: 'push.stats', ...line }));
    totals.clear();
  };
  const record = (key: string, amount: number) => {
    if (stopped) return;
    totals.set(key, (totals.get(key) ?? 0) + amount);
    timer ??= setInterval(flush, intervalMs).unref();
  };
  return {
    record,
    stopwatch() {
      let last = performance.now();
      return (stage) => {
        const now = performance.now();
        record(`${stage}Ms`, now - last);
        last = now;
      };
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
      flush();
      stopped = true;
    },
  };
}
