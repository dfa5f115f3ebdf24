import type { Page } from '@playwright/test';
import { ADMIN } from '../lib/district.ts';
import { generateDistrictCreates } from '../lib/district-data.ts';
import { add, details, throughputFigure } from '../lib/figures.ts';
import { call, describeRound, log, round, withTimeout } from '../lib/harness.ts';
import { CATCHUP_LOCAL, CATCHUP_SERVER } from '../lib/options.ts';
import { profiled } from '../lib/profiled.ts';
import { nodeClient, pushAll } from '../lib/seed.ts';
import type { BenchRun } from './context.ts';

/** Replica B offline for "7 days": local edits and server changes pile up, then one round converges. */
export async function catchUpStage(run: BenchRun, b: Page): Promise<void> {
  const localMs = await withTimeout('local edits', 300_000, call(b, 'localEdits', CATCHUP_LOCAL));
  log(`catch-up: ${CATCHUP_LOCAL} local edits written`);
  const load = await nodeClient(run.server.url, ADMIN, 'bench-load');
  const serverPush = await pushAll(load, generateDistrictCreates(CATCHUP_SERVER, 2), 900_000);
  throughputFigure('server push during catch-up setup (PGlite)', serverPush);
  log(`catch-up: ${CATCHUP_SERVER} server changes pushed`);
  const catchup = await profiled(b, 'page: catch-up round', () =>
    withTimeout('catch-up', 600_000, call(b, 'syncOnce')),
  );
  // Baseline: a fresh replica's initial sync of the whole (now larger) dataset.
  const fresh = await run.context.newPage();
  await fresh.goto(`${run.origin}/index.html`);
  await fresh.waitForFunction(() => document.title === 'bench ready');
  const initial = await withTimeout(
    'fresh initial sync',
    900_000,
    call(fresh, 'initialSync', run.api, ADMIN.username, ADMIN.password, 'bench-fresh'),
  );
  await fresh.close();
  details.catchup = { localEditsMs: localMs, catchup, freshInitialSync: initial };
  add({
    figure: `catch-up (${CATCHUP_LOCAL} local + ${CATCHUP_SERVER} server changes)`,
    value: round(catchup.ms / 1000),
    unit: 's',
    baseline: `fresh initial sync of all ${initial.records} records`,
    baselineValue: round(initial.ms / 1000),
    goal: '≤ 5 s',
    meetsGoal: catchup.ms <= 5000,
    note:
      `${describeRound(catchup)}; ${catchup.historyRows} history rows written; ` +
      `the ${CATCHUP_LOCAL} local edits took ${round(localMs / 1000)} s to write (${round(localMs / Math.max(1, CATCHUP_LOCAL))} ms each)`,
  });
}
