import { ADMIN } from '../lib/district.ts';
import { add, details } from '../lib/figures.ts';
import { call, heapUsedMb, log, round, withTimeout } from '../lib/harness.ts';
import { SNAPSHOT_PAGE } from '../lib/options.ts';
import { profiled } from '../lib/profiled.ts';
import type { BenchRun } from './context.ts';

/**
 * Initial sync of everything the server holds into an empty Dexie database, against a raw bulkPut of the
 * same rows in the same page (the local limit), plus first screen and heap.
 */
export async function initialSyncStage(run: BenchRun): Promise<number> {
  const { page, api } = run;
  const idleHeap = await heapUsedMb(page);
  // Baseline first (fetch all snapshot pages, then a raw bulkPut), then the real engine, same page.
  const fetched = await withTimeout(
    'snapshot fetch',
    600_000,
    call(page, 'fetchSnapshot', api, ADMIN.username, ADMIN.password),
  );
  const raw = await withTimeout('bulkPut', 600_000, call(page, 'bulkPut', 'bench-raw'));
  log(`raw: fetch ${round(fetched.ms)} ms, bulkPut ${round(raw.ms)} ms for ${raw.records} records`);
  await call(page, 'dropFetched');
  const sync = await profiled(page, 'page: initial sync (engine)', () =>
    withTimeout(
      'initial sync',
      900_000,
      call(
        page,
        'initialSync',
        api,
        ADMIN.username,
        ADMIN.password,
        'bench-engine',
        SNAPSHOT_PAGE || undefined,
      ),
    ),
  );
  log(`engine: ${round(sync.ms)} ms for ${sync.records} records (${sync.pages} pages)`);
  if (sync.records !== raw.records) throw new Error(`engine stored ${sync.records}, raw ${raw.records}`);
  const heap = await heapUsedMb(page);
  details.initialSync = { fetched, raw, sync, idleHeapMb: idleHeap, heapAfterSyncMb: heap };
  const applyMs = sync.ms - sync.transportMs;
  add({
    figure: `initial sync, ${sync.records} records`,
    value: round(sync.ms / 1000),
    unit: 's',
    baseline: 'raw Dexie bulkPut (same rows, same schema)',
    baselineValue: round(raw.ms / 1000),
    goal: '≤ 1.15× bulkPut',
    meetsGoal: sync.ms <= 1.15 * raw.ms,
    note: `${round(sync.records / (sync.ms / 1000), 0)} rec/s; transport ${round(sync.transportMs / 1000)} s + apply ${round(applyMs / 1000)} s; bulkPut ${round(raw.records / (raw.ms / 1000), 0)} rec/s; ${round(fetched.bytes / 1e6, 1)} MB of JSON`,
  });
  add({
    figure: 'initial sync vs fetch + bulkPut',
    value: round(sync.ms / 1000),
    unit: 's',
    baseline: 'same pages fetched (HTTP+JSON+zod) then raw bulkPut',
    baselineValue: round((fetched.ms + raw.ms) / 1000),
    goal: '(context)',
    meetsGoal: null,
  });
  add({
    figure: 'time to first screen (1st snapshot page applied)',
    value: round(sync.firstPageMs, 0),
    unit: 'ms',
    baseline: 'full initial sync',
    baselineValue: round(sync.ms, 0),
    goal: '≤ 2000 ms',
    meetsGoal: sync.firstPageMs <= 2000,
    note: `page = ${Math.round(sync.records / Math.max(1, sync.pages))} records`,
  });
  add({
    figure: 'renderer JS heap after initial sync',
    value: round(heap, 1),
    unit: 'MB',
    baseline: 'same page before any sync',
    baselineValue: round(idleHeap, 1),
    goal: '≤ 250 MB',
    meetsGoal: heap <= 250,
    note: 'CDP Performance.getMetrics JSHeapUsedSize after forced GC; bench page, not the full app',
  });
  return sync.ms;
}
