/**
 * `npm run bench:documents` — the minutes (Yjs documents) in Debian's Chromium with real IndexedDB, each
 * figure against a baseline measured in the same run (bench/README.md, "Documents"):
 * - open a 50-page minutes document (~150,000 characters from 40,000 edits) through the app's registry
 *   (IndexedDB read + apply + skeleton check), compacted (one row), as 40,000 unsent rows with the
 *   checkpoint the app writes while they are typed (DOC_TAIL rows after it), and as the same rows without
 *   one (the first open after an upgrade or a restore), against a bare `Y.applyUpdateV2` of the compacted
 *   bytes; goal ≤ 100 ms;
 * - write a checkpoint of the open document (encode, check the rows since the last one, store), against a
 *   bare `Y.encodeStateAsUpdateV2`;
 * - apply a week of another office's offline edits (one merged update) to the open document, storing what
 *   was new, against a bare apply of the same update; goal ≤ 50 ms;
 * - heap with 20 such documents open, against 20 bare Y.Docs of the same bytes.
 * Sizes: DOC_EDITS=40000 DOC_WEEK=10000 DOC_RUNS=7 DOC_TAIL=499 (environment; 499: the most rows the
 * registry's every-500-updates rule leaves after a checkpoint).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { DocsPrepared } from './browser/documents-api.ts';
import { buildBenchPage } from './lib/build-page.ts';
import { add, details } from './lib/figures.ts';
import { call, CHROMIUM_FLAGS, heapUsedMb, log, openPage, quantile, round } from './lib/harness.ts';
import { startPageServer } from './lib/proxy.ts';
import { report } from './lib/report.ts';

// Sizes from the environment: the shared report module parses `npm run bench`'s own flags strictly.
const EDITS = Number(process.env.DOC_EDITS ?? 40_000);
const WEEK = Number(process.env.DOC_WEEK ?? 10_000);
const RUNS = Number(process.env.DOC_RUNS ?? 7);
const TAIL = Number(process.env.DOC_TAIL ?? 499);
const HELD = 20;
const median = (ms: number[]) => round(quantile(ms, 0.5), 1);

/** Opening the minutes (compacted; rows with a checkpoint; rows without) and writing a checkpoint. */
async function openFigures(page: Page, prepared: DocsPrepared) {
  const bare = median(await call(page, 'docsBareApply', 'docs', 'minutes:compacted-0', RUNS));
  const compacted = median(await call(page, 'docsOpen', 'docs', 'minutes:compacted-0', RUNS));
  const checkpointed = median(await call(page, 'docsOpen', 'docs', 'minutes:checkpointed', RUNS));
  const rows = median(await call(page, 'docsOpen', 'docs', 'minutes:rows', Math.min(RUNS, 3), true));
  const baseline = 'bare Y.applyUpdateV2 of the compacted bytes';
  const note = `${prepared.characters} characters from ${EDITS} edits; median of ${RUNS} runs`;
  add({
    figure: 'open minutes from Dexie, compacted (1 row)',
    value: compacted,
    unit: 'ms',
    baseline,
    baselineValue: bare,
    goal: '≤ 100 ms',
    meetsGoal: compacted <= 100,
    note,
  });
  add({
    figure: `open minutes from Dexie, ${prepared.rows} unsent rows, from the checkpoint written while typing`,
    value: checkpointed,
    unit: 'ms',
    baseline,
    baselineValue: bare,
    goal: '≤ 100 ms',
    meetsGoal: checkpointed <= 100,
    note: `checkpoint ${prepared.checkpointBytes} B + the ${prepared.tailRows} rows after it; median of ${RUNS} runs`,
  });
  add({
    figure: `open minutes from Dexie, ${prepared.rows} unsent rows, no checkpoint (first open after an upgrade or restore)`,
    value: rows,
    unit: 'ms',
    baseline,
    baselineValue: bare,
    goal: '≤ 100 ms',
    meetsGoal: rows <= 100,
    note: `median of ${Math.min(RUNS, 3)} runs; this open writes the checkpoint the next one uses`,
  });
  const write = await call(page, 'docsCheckpointWrite', 'docs', 'minutes:checkpointed', RUNS);
  const writeMs = median(write.writeMs);
  add({
    figure: `write a checkpoint of the open minutes (encode, check ${write.rowsChecked} rows since the last, store)`,
    value: writeMs,
    unit: 'ms',
    baseline: 'bare Y.encodeStateAsUpdateV2 of the same doc',
    baselineValue: median(write.encodeMs),
    goal: 'report (in the background, once per 500 updates)',
    meetsGoal: null,
    note: `median of ${RUNS} runs`,
  });
}

async function main() {
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'committee-bench-docs-'));
  const pages = await startPageServer(join(work, 'page'), 'http://127.0.0.1:9');
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    await buildBenchPage(join(work, 'page'));
    const page = await openPage(context, pages.origin);
    const prepared = await call(page, 'docsPrepare', 'docs', EDITS, WEEK, HELD, TAIL);
    details.documents = prepared;
    log(
      `built: ${prepared.characters} characters, ${prepared.rows} rows (${prepared.rowBytes} B), compacted ${prepared.compactedBytes} B, week ${prepared.weekBytes} B, checkpoint ${prepared.checkpointBytes} B + ${prepared.tailRows} rows`,
    );

    await openFigures(page, prepared);

    const week = await call(page, 'docsApplyWeek', 'docs', RUNS);
    const weekMs = median(week.appMs);
    add({
      figure: `apply a week of another office's edits (${WEEK} edits, ${prepared.weekBytes} B)`,
      value: weekMs,
      unit: 'ms',
      baseline: 'bare Y.applyUpdateV2 of the same update',
      baselineValue: median(week.bareMs),
      goal: '≤ 50 ms',
      meetsGoal: weekMs <= 50,
    });

    const empty = await heapUsedMb(page);
    await call(page, 'docsHold', 'docs', HELD, 'bare');
    const bareHeap = round((await heapUsedMb(page)) - empty, 1);
    await call(page, 'docsRelease');
    const before = await heapUsedMb(page);
    await call(page, 'docsHold', 'docs', HELD, 'app');
    const appHeap = round((await heapUsedMb(page)) - before, 1);
    add({
      figure: `heap with ${HELD} minutes documents open`,
      value: appHeap,
      unit: 'MB',
      baseline: `${HELD} bare Y.Docs of the same bytes`,
      baselineValue: bareHeap,
      goal: 'report',
      meetsGoal: null,
    });
    await call(page, 'docsRelease');
    await report({ edits: EDITS, week: WEEK, runs: RUNS, only: ['documents'] }, started, 'documents');
  } finally {
    await context.close().catch(() => undefined);
    await pages.close().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
