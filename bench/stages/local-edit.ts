import type { LatencySample } from '../browser/api.ts';
import { add, details } from '../lib/figures.ts';
import { call, log, quantile, round, withTimeout } from '../lib/harness.ts';
import { EDITS, TASKS } from '../lib/options.ts';
import { profiled } from '../lib/profiled.ts';
import type { BenchRun } from './context.ts';

/** Edit → live query re-render with TASKS tasks stored: the engine's write path against a raw put. */
export async function localEditStage({ page }: BenchRun): Promise<void> {
  const engineTasks = await call(page, 'prepareTasks', 'bench-engine', 'bench-edit-engine', TASKS);
  const rawTasks = await call(page, 'prepareTasks', 'bench-engine', 'bench-edit-raw', TASKS);
  log(`edit bench: ${engineTasks} tasks (engine db), ${rawTasks} tasks (raw db)`);
  const warmup = Math.min(20, EDITS);
  const rawSample: LatencySample = await withTimeout(
    'raw edits',
    300_000,
    call(page, 'editLatency', 'bench-edit-raw', 'raw', EDITS, warmup),
  );
  const engineSample: LatencySample = await profiled(page, 'page: local edits (engine)', () =>
    withTimeout(
      'engine edits',
      300_000,
      call(page, 'editLatency', 'bench-edit-engine', 'engine', EDITS, warmup),
    ),
  );
  const txSample = await call(page, 'editLatency', 'bench-edit-raw', 'tx', EDITS, warmup);
  details.edit = { tasks: engineTasks, rawSample, engineSample, txSample };
  log('edit latency done');
  for (const [q, goal] of [
    [0.5, 5],
    [0.95, 10],
  ] as const) {
    const value = quantile(engineSample.visibleMs, q);
    add({
      figure: `local edit → liveQuery p${q * 100} (${engineTasks} tasks)`,
      value: round(value),
      unit: 'ms',
      baseline: 'raw put + same liveQuery',
      baselineValue: round(quantile(rawSample.visibleMs, q)),
      goal: `≤ ${goal} ms`,
      meetsGoal: value <= goal,
      note: `write commits p${q * 100} ${round(quantile(engineSample.commitMs, q))} ms (raw ${round(quantile(rawSample.commitMs, q))}); list of ${engineSample.listSize} tasks; ${EDITS} edits`,
    });
    add({
      figure: `  same raw put in an explicit 4-table transaction, p${q * 100}`,
      value: round(quantile(txSample.visibleMs, q)),
      unit: 'ms',
      baseline: 'raw put + same liveQuery',
      baselineValue: round(quantile(rawSample.visibleMs, q)),
      goal: '(context)',
      meetsGoal: null,
      note: `commits p${q * 100} ${round(quantile(txSample.commitMs, q))} ms: a lone put is shown by Dexie's optimistic liveQuery update before it commits; inside an explicit transaction the list re-runs only after the commit`,
    });
  }
}
