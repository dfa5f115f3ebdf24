/**
 * `node bench/server-load/run.ts [--clients 200] [--seconds 20] [--warmup 3] [--batch N] [--pglite]
 * [--profile] [--stats] [--keep]` — server throughput: pushes from many simulated clients against the real server
 * on loopback, on a scratch PostgreSQL database made next to DATABASE_URL / TEST_DATABASE_URL (default
 * postgres://committee:committee@127.0.0.1:5432/committee_test), or on PGlite with --pglite. Without
 * --batch each push carries 1–50 changes. --profile: the server's CPU profile; --stats: its push-group
 * stage timings (PUSH_STATS=1). Prints the figures and writes bench/results/server-load.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { measureServerLoad } from './measure.ts';

const DEFAULT_URL = 'postgres://committee:committee@127.0.0.1:5432/committee_test';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    batch: { type: 'string' },
    pglite: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    out: { type: 'string', default: 'server-load.json' },
  },
});

function whole(value: string | undefined, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return n;
}

async function main() {
  const url = process.env.DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || DEFAULT_URL;
  const figures = await measureServerLoad({
    clients: whole(values.clients, 'clients', 1),
    seconds: whole(values.seconds, 'seconds', 1),
    warmupSeconds: whole(values.warmup, 'warmup', 0),
    batch: values.batch === undefined ? null : whole(values.batch, 'batch', 1),
    postgresUrl: values.pglite ? null : url,
    profile: values.profile,
    keep: values.keep,
    ...(values.stats ? { serverEnv: { PUSH_STATS: '1' } } : {}),
    log: (line) => console.log(`[server-load] ${line}`),
  });
  const { profile, profileByPackage, ...summary } = figures;
  console.log(JSON.stringify(summary, null, 2));
  console.log(
    `\n${figures.backend}: ${figures.changesPerSecond} changes/s, ${figures.pushesPerSecond} pushes/s, ` +
      `p50 ${figures.latencyMs.p50} ms, p95 ${figures.latencyMs.p95} ms, p99 ${figures.latencyMs.p99} ms, ` +
      `${figures.errors} errors (${figures.clients} clients, batch ${figures.batch}, ${figures.seconds} s)`,
  );
  for (const [label, spots] of [
    ['by function', profile],
    ['by package', profileByPackage],
  ] as const) {
    if (!spots) continue;
    console.log(`\nServer CPU profile, self time ${label} (share of busy time):`);
    for (const spot of spots) console.log(`  ${String(spot.selfPercent).padStart(5)}%  ${spot.fn}`);
  }
  const dir = new URL('../results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const result = { at: new Date().toISOString(), node: process.version, ...figures };
  await writeFile(new URL(values.out, dir), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written bench/results/${values.out}`);
  if (figures.errors > 0 || !figures.versions.gapFree) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
