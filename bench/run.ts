/**
 * `npm run bench` — sync and edit figures of the real engine in Debian's Chromium (persistent profile)
 * against a real district server on loopback, each with a baseline measured in the same run. Flags and
 * figures: bench/README.md (and bench/lib/options.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { buildBenchPage } from './lib/build-page.ts';
import { ADMIN, startBenchServer, type BenchServer } from './lib/district.ts';
import { entityMix, generateDistrictCreates } from './lib/district-data.ts';
import { details, throughputFigure } from './lib/figures.ts';
import { call, CHROMIUM_FLAGS, log, openPage, round, withTimeout } from './lib/harness.ts';
import * as options from './lib/options.ts';
import { busyPercent, hotSpots, readNodeProfile } from './lib/profile.ts';
import { profiles } from './lib/profiled.ts';
import { startPouchServer, type PouchServer } from './lib/pouch-server.ts';
import { startPageServer } from './lib/proxy.ts';
import { report } from './lib/report.ts';
import { nodeClient, pushAll } from './lib/seed.ts';
import type { BenchRun } from './stages/context.ts';
import { catchUpStage } from './stages/catch-up.ts';
import { initialSyncStage } from './stages/initial-sync.ts';
import { localEditStage } from './stages/local-edit.ts';
import { postgresPushStage } from './stages/postgres-push.ts';
import { pouchStage } from './stages/pouchdb.ts';
import { propagationStage } from './stages/propagation.ts';
import { serverLoadStage } from './stages/server-load.ts';

const { ONLY, PROFILE, RECORDS, KEEP } = options;

async function main() {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'committee-bench-'));
  let server: BenchServer | null = null;
  let couch: PouchServer | null = null;
  let pages: { close(): Promise<void> } | null = null;
  let context: BrowserContext | null = null;
  try {
    log(`temp folder ${work}`);
    const pageDir = join(work, 'page');
    await buildBenchPage(pageDir);
    log('bench page built');
    server = await startBenchServer(join(work, 'server'), '', PROFILE ? join(work, 'server-prof') : null);
    log(`district server (PGlite) at ${server.url}`);
    const records = generateDistrictCreates(RECORDS, 1);
    details.mix = entityMix(records);
    const admin = await nodeClient(server.url, ADMIN, 'bench-seed');
    const seed = await pushAll(admin, records, 1_800_000);
    if (seed.accepted !== seed.changes)
      throw new Error(`seed: ${seed.changes - seed.accepted} changes refused`);
    details.seedPush = { ...seed, batchMs: undefined };
    if (seed.changes > 0) throughputFigure('server push, creates, one client (PGlite)', seed);
    log(`seeded ${RECORDS} district records in ${round(seed.ms / 1000)} s`);

    if (ONLY.has('pouchdb')) couch = await startPouchServer(join(work, 'couch'));
    const proxy = await startPageServer(pageDir, server.url, couch?.url ?? null);
    pages = proxy;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    const run: BenchRun = {
      work,
      server,
      origin: proxy.origin,
      api: `${proxy.origin}/api`,
      context,
      page: await openPage(context, proxy.origin),
    };

    let engineMs = Number.NaN;
    if (ONLY.has('initial') || ONLY.has('edit') || ONLY.has('pouchdb'))
      engineMs = await initialSyncStage(run);
    if (couch) await pouchStage(run, couch.url, records, engineMs);
    if (ONLY.has('edit')) await localEditStage(run);

    if (ONLY.has('propagation') || ONLY.has('catchup')) {
      const a = await openPage(context, proxy.origin);
      const b = await openPage(context, proxy.origin);
      await call(a, 'login', run.api, ADMIN.username, ADMIN.password, 'bench-replica-a');
      await call(b, 'login', run.api, ADMIN.username, ADMIN.password, 'bench-replica-b');
      await withTimeout('replica A first sync', 900_000, call(a, 'syncOnce'));
      await withTimeout('replica B first sync', 900_000, call(b, 'syncOnce'));
      log('replicas A and B synced');
      if (ONLY.has('propagation')) await propagationStage(run, a, b);
      if (ONLY.has('catchup')) await catchUpStage(run, b);
      await a.close();
      await b.close();
    }

    await context.close();
    context = null;
    await server.stop();
    if (ONLY.has('postgres')) await postgresPushStage(work);
    if (ONLY.has('load')) await serverLoadStage();
    if (PROFILE) {
      const serverProfile = await readNodeProfile(join(work, 'server-prof'));
      if (serverProfile) {
        const busy = `main thread busy ${busyPercent(serverProfile)}% of the run`;
        profiles[`PGlite server, by function (whole run; ${busy})`] = hotSpots(serverProfile);
        profiles[`PGlite server, by package (whole run; ${busy})`] = hotSpots(serverProfile, 10, true);
      }
    }
    const { ONLY: only, ...flags } = options;
    await report({ ...flags, only: [...only] }, started);
  } finally {
    await context?.close().catch(() => undefined);
    await pages?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    await couch?.stop().catch(() => undefined);
    if (!KEEP) await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
