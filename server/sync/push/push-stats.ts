/**
 * Stage timings of push groups, for profiling the push path (`PUSH_STATS=1`): every 5 s, one JSON line on
 * stderr with the number of groups, pushes and changes, and the milliseconds spent per stage. Off by
 * default (a few `performance.now()` calls per group are all it costs when on).
 */
const enabled = process.env.PUSH_STATS === '1';

const totals = new Map<string, number>();
let timer: NodeJS.Timeout | null = null;

function flush() {
  if (totals.size === 0) return;
  const line = Object.fromEntries([...totals.entries()].map(([k, v]) => [k, Math.round(v * 10) / 10]));
  process.stderr.write(`${JSON.stringify({ event: 'push.stats', ...line })}\n`);
  totals.clear();
}

export function countPush(key: string, amount: number): void {
  if (!enabled) return;
  totals.set(key, (totals.get(key) ?? 0) + amount);
  timer ??= setInterval(flush, 5_000).unref();
}

/** A stopwatch whose laps add to the named totals (ms). */
export function stopwatch(): (stage: string) => void {
  let last = performance.now();
  return (stage) => {
    if (!enabled) return;
    const now = performance.now();
    countPush(`${stage}Ms`, now - last);
    last = now;
  };
}
