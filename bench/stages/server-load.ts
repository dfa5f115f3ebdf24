import { add, details } from '../lib/figures.ts';
import { log, round } from '../lib/harness.ts';
import { LOAD_CLIENTS, LOAD_SECONDS, PROFILE } from '../lib/options.ts';
import { measureServerLoad } from '../server-load/measure.ts';

/**
 * Server throughput under many clients (bench/server-load): LOAD_CLIENTS simulated clients push 1–50
 * changes each, for LOAD_SECONDS, against PostgreSQL (TEST_DATABASE_URL, a scratch database next to it)
 * or, without it, the embedded PGlite.
 */
export async function serverLoadStage(): Promise<void> {
  const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || null;
  const figures = await measureServerLoad({
    clients: LOAD_CLIENTS,
    seconds: LOAD_SECONDS,
    warmupSeconds: 3,
    batch: null,
    postgresUrl,
    profile: PROFILE,
    keep: false,
    log: (line) => log(`server load: ${line}`),
  });
  const { profile: _profile, profileByPackage: _byPackage, ...summary } = figures;
  details.serverLoad = summary;
  const backend = figures.backend === 'postgres' ? 'PostgreSQL' : 'PGlite';
  add({
    figure: `server push, ${figures.clients} clients (${backend})`,
    value: round(figures.changesPerSecond, 0),
    unit: 'changes/s',
    baseline: 'goal 5000 changes/s',
    baselineValue: 5000,
    goal: '≥ 5000 changes/s',
    meetsGoal: figures.changesPerSecond >= 5000,
    note:
      `${figures.changes} changes in ${figures.pushes} pushes of ${figures.batch} over ${figures.seconds} s; ` +
      `push latency p50 ${round(figures.latencyMs.p50, 0)} ms, p95 ${round(figures.latencyMs.p95, 0)} ms, p99 ${round(figures.latencyMs.p99, 0)} ms; ` +
      `${figures.errors} errors; versions gap-free: ${figures.versions.gapFree}`,
  });
}
