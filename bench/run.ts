/**
 * `npm run bench` — sync and edit figures of the real engine in Debian's Chromium (persistent profile)
 * against a real district server on loopback, each with a baseline measured in the same run.
 * Flags: --records N (initial sync size, default 10000), --tasks N (edit bench, 10000), --edits N (200),
 * --rounds N (propagation, 30), --poll MS (propagation poll, 100), --catchup-server N (5000;
 * the size is 20000, ~2 min more of seeding), --catchup-local N (500; issue: 2000), --only a,b (initial,edit,propagation,catchup), --keep (keep temp folders),
 * --profile (CPU profiles of the server process and of the page during initial sync and edits: top
 * self-time functions printed and kept in latest.json).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { LatencySample } from './browser/api.ts';
import {
  call,
  CHROMIUM_FLAGS,
  describeRound,
  heapUsedMb,
  log,
  openPage,
  quantile,
  round,
  withTimeout,
} from './lib/harness.ts';
import { buildBenchPage } from './lib/build-page.ts';
import { ADMIN, startBenchServer, type BenchServer } from './lib/district.ts';
import { startPageServer } from './lib/proxy.ts';
import { busyPercent, hotSpots, readNodeProfile, type CpuProfile, type HotSpot } from './lib/profile.ts';
import { generateTaskCreates, nodeClient, pushAll } from './lib/seed.ts';
import { add, details, figures, throughputFigure } from './lib/figures.ts';
import {
  CATCHUP_LOCAL,
  CATCHUP_SERVER,
  EDITS,
  KEEP,
  ONLY,
  POLL_MS,
  PROFILE,
  RECORDS,
  ROUNDS,
  TASKS,
} from './lib/options.ts';

const profiles: Record<string, HotSpot[]> = {};

/** Runs `work` under the page's CPU profiler when --profile is on. */
async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    profiles[label] = hotSpots(profile as unknown as CpuProfile);
    await cdp.detach();
  }
}

async function main() {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'committee-bench-'));
  let server: BenchServer | null = null;
  let pages: { close(): Promise<void> } | null = null;
  let context: BrowserContext | null = null;
  try {
    log(`temp folder ${work}`);
    const pageDir = join(work, 'page');
    await buildBenchPage(pageDir);
    log('bench page built');
    server = await startBenchServer(join(work, 'server'), '', PROFILE ? join(work, 'server-prof') : null);
    log(`district server (PGlite) at ${server.url}`);
    const admin = await nodeClient(server.url, ADMIN, 'bench-seed');
    const seed = await pushAll(admin, generateTaskCreates(RECORDS, 1), 900_000);
    if (seed.accepted !== seed.changes)
      throw new Error(`seed: ${seed.changes - seed.accepted} changes refused`);
    details.seedPush = { ...seed, batchMs: undefined };
    if (seed.changes > 0) throughputFigure('server push, creates (PGlite)', seed);
    log(`seeded ${RECORDS} tasks in ${round(seed.ms / 1000)} s`);

    const proxy = await startPageServer(pageDir, server.url);
    pages = proxy;
    const api = `${proxy.origin}/api`;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    const page = await openPage(context, proxy.origin);
    const idleHeap = await heapUsedMb(page);

    if (ONLY.has('initial') || ONLY.has('edit')) {
      // Baseline first (fetch all snapshot pages, then a raw bulkPut), then the real engine, same page.
      const fetched = await withTimeout(
        'snapshot fetch',
        600_000,
        call(page, 'fetchSnapshot', api, ADMIN.username, ADMIN.password),
      );
      const raw = await withTimeout('bulkPut', 600_000, call(page, 'bulkPut', 'bench-raw'));
      log(`raw: fetch ${round(fetched.ms)} ms, bulkPut ${round(raw.ms)} ms for ${raw.records} records`);
      const sync = await profiled(page, 'page: initial sync (engine)', () =>
        withTimeout(
          'initial sync',
          900_000,
          call(page, 'initialSync', api, ADMIN.username, ADMIN.password, 'bench-engine'),
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
        note: `${round(sync.records / (sync.ms / 1000), 0)} rec/s; transport ${round(sync.transportMs / 1000)} s + apply ${round(applyMs / 1000)} s; bulkPut ${round(raw.records / (raw.ms / 1000), 0)} rec/s`,
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
        figure: 'initial sync, engine apply only',
        value: round(applyMs / 1000),
        unit: 's',
        baseline: 'raw Dexie bulkPut',
        baselineValue: round(raw.ms / 1000),
        goal: '(context)',
        meetsGoal: null,
        note: 'round time minus time awaiting the transport',
      });
      add({
        figure: 'time to first screen (1st snapshot page applied)',
        value: round(sync.firstPageMs, 0),
        unit: 'ms',
        baseline: 'full initial sync',
        baselineValue: round(sync.ms, 0),
        goal: '(context)',
        meetsGoal: null,
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
    }

    if (ONLY.has('edit')) {
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
      details.edit = { tasks: engineTasks, rawSample, engineSample };
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
      }
    }

    if (ONLY.has('propagation') || ONLY.has('catchup')) {
      const a = await openPage(context, proxy.origin);
      const b = await openPage(context, proxy.origin);
      await call(a, 'login', api, ADMIN.username, ADMIN.password, 'bench-replica-a');
      await call(b, 'login', api, ADMIN.username, ADMIN.password, 'bench-replica-b');
      await withTimeout('replica A first sync', 600_000, call(a, 'syncOnce'));
      await withTimeout('replica B first sync', 600_000, call(b, 'syncOnce'));
      log('replicas A and B synced');
      if (ONLY.has('propagation')) {
        const taskId = await call(a, 'firstTaskId');
        const latencies: number[] = [];
        const pushRounds: number[] = [];
        const budgetEnd = performance.now() + 180_000;
        for (let i = 0; i < ROUNDS && performance.now() < budgetEnd; i += 1) {
          const value = (i % 98) + 1;
          const seen = call(b, 'watchUntil', taskId, value, POLL_MS, 20_000);
          await new Promise((r) => setTimeout(r, 20));
          const edited = await call(a, 'editAndPush', taskId, value);
          const seenAt = await seen;
          latencies.push(seenAt - edited.start);
          pushRounds.push(edited.pushed - edited.start);
        }
        // What one receiving round costs when nothing changed (the poll's own price).
        const quiet = [];
        for (let i = 0; i < 5; i += 1) quiet.push(await call(b, 'syncOnce'));
        details.propagation = { latencies, pushRounds, quietRounds: quiet, pollMs: POLL_MS };
        log(`propagation: ${latencies.length} edits`);
        const p95 = quantile(latencies, 0.95);
        add({
          figure: `propagation A→B p95 (poll ${POLL_MS} ms)`,
          value: round(p95, 0),
          unit: 'ms',
          baseline: 'poll interval (the floor of a polling receiver)',
          baselineValue: POLL_MS,
          goal: '≤ 300 ms',
          meetsGoal: p95 <= 300,
          note:
            `p50 ${round(quantile(latencies, 0.5), 0)} ms over ${latencies.length} edits; A pushes on edit, B runs syncOnce every ${POLL_MS} ms (no WebSocket in the bench). ` +
            `A's edit + syncOnce p50 ${round(quantile(pushRounds, 0.5), 0)} ms / p95 ${round(quantile(pushRounds, 0.95), 0)} ms; ` +
            `a quiet B round p50 ${round(
              quantile(
                quiet.map((q) => q.ms),
                0.5,
              ),
              0,
            )} ms (${describeRound(quiet[quiet.length - 1])})`,
        });
      }
      if (ONLY.has('catchup')) {
        const localMs = await withTimeout('local edits', 300_000, call(b, 'localEdits', CATCHUP_LOCAL));
        log(`catch-up: ${CATCHUP_LOCAL} local edits written`);
        const load = await nodeClient(server.url, ADMIN, 'bench-load');
        const serverPush = await pushAll(load, generateTaskCreates(CATCHUP_SERVER, 2), 900_000);
        throughputFigure('server push during catch-up setup (PGlite)', serverPush);
        log(`catch-up: ${CATCHUP_SERVER} server changes pushed`);
        const catchup = await profiled(b, 'page: catch-up round', () =>
          withTimeout('catch-up', 600_000, call(b, 'syncOnce')),
        );
        const catchupMs = catchup.ms;
        // Baseline: a fresh replica's initial sync of the whole (now larger) dataset.
        const fresh = await openPage(context, proxy.origin);
        const initial = await withTimeout(
          'fresh initial sync',
          900_000,
          call(fresh, 'initialSync', api, ADMIN.username, ADMIN.password, 'bench-fresh'),
        );
        details.catchup = { localEditsMs: localMs, catchup, freshInitialSync: initial };
        add({
          figure: `catch-up (${CATCHUP_LOCAL} local + ${CATCHUP_SERVER} server changes)`,
          value: round(catchupMs / 1000),
          unit: 's',
          baseline: `fresh initial sync of all ${initial.records} records`,
          baselineValue: round(initial.ms / 1000),
          goal: '≤ 5 s',
          meetsGoal: catchupMs <= 5000,
          note:
            `${describeRound(catchup)}; ${catchup.historyRows} history rows written; ` +
            `the ${CATCHUP_LOCAL} local edits took ${round(localMs / 1000)} s to write (${round(localMs / Math.max(1, CATCHUP_LOCAL))} ms each)`,
        });
        await fresh.close();
      }
      await a.close();
      await b.close();
    }

    await context.close();
    context = null;
    await server.stop();

    const pgUrl = process.env.TEST_DATABASE_URL;
    if (pgUrl) {
      // Same push load against PostgreSQL; a fresh admin per run, so an existing database is fine.
      const pgAdmin = { ...ADMIN, username: `bench.qt${Date.now()}` };
      const pgProf = join(work, 'server-pg-prof');
      const pg = await startBenchServer(join(work, 'server-pg'), pgUrl, PROFILE ? pgProf : null, pgAdmin);
      try {
        const pgClient = await nodeClient(pg.url, pgAdmin, 'bench-pg');
        const pgPush = await pushAll(pgClient, generateTaskCreates(RECORDS, 3), 900_000);
        throughputFigure('server push, creates (PostgreSQL)', pgPush);
        details.postgresPush = { ...pgPush, batchMs: undefined };
      } finally {
        await pg.stop();
      }
      const pgProfile = PROFILE ? await readNodeProfile(pgProf) : null;
      if (pgProfile) {
        const busy = `main thread busy ${busyPercent(pgProfile)}% of its run`;
        profiles[`PostgreSQL server, by package (${busy})`] = hotSpots(pgProfile, 10, true);
      }
    } else {
      log('TEST_DATABASE_URL not set: no PostgreSQL figure');
    }
    if (PROFILE) {
      const serverProfile = await readNodeProfile(join(work, 'server-prof'));
      if (serverProfile) {
        const busy = `main thread busy ${busyPercent(serverProfile)}% of the run`;
        profiles[`PGlite server, by function (whole run; ${busy})`] = hotSpots(serverProfile);
        profiles[`PGlite server, by package (whole run; ${busy})`] = hotSpots(serverProfile, 10, true);
      }
    }

    const table = figures.map((f) => ({
      figure: f.figure,
      value: `${f.value} ${f.unit}`,
      baseline: `${f.baselineValue} (${f.baseline})`,
      ratio: Number.isNaN(f.ratio) ? '-' : `${round(f.ratio)}×`,
      goal: f.goal,
      ok: f.meetsGoal === null ? '' : f.meetsGoal ? 'yes' : 'NO',
    }));
    console.table(table);
    for (const f of figures) if (f.note) console.log(`- ${f.figure}: ${f.note}`);
    for (const [label, spots] of Object.entries(profiles)) {
      console.log(`\nCPU profile, top self time (share of busy time, idle excluded) — ${label}`);
      for (const spot of spots)
        console.log(
          `  ${String(spot.selfPercent).padStart(5)}%  ${String(spot.selfMs).padStart(6)} ms  ${spot.fn}`,
        );
    }
    const resultsDir = new URL('./results/', import.meta.url);
    await mkdir(resultsDir, { recursive: true });
    const result = {
      at: new Date().toISOString(),
      options: { RECORDS, TASKS, EDITS, ROUNDS, POLL_MS, CATCHUP_SERVER, CATCHUP_LOCAL, only: [...ONLY] },
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      totalSeconds: round((performance.now() - started) / 1000),
      figures,
      details,
      profiles,
    };
    await writeFile(new URL('latest.json', resultsDir), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`written bench/results/latest.json (${round((performance.now() - started) / 1000)} s)`);
  } finally {
    await context?.close().catch(() => undefined);
    await pages?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (!KEEP) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
