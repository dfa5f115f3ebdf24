import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, toNumber } from '../../server/db/database.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { hotSpots, readNodeProfile, type CpuProfile, type HotSpot } from '../lib/profile.ts';
import { logIn, runClient, type ClientTally } from './clients.ts';
import { cpuBetween, sampleCpu, type CpuSample } from './cpu.ts';
import { keepAliveAgent } from './http.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { planAccounts, prepareDistrict, scratchDatabase, type LoadAccount } from './setup.ts';
import { loadDistrict, type District } from './workload.ts';
import { quantile, round } from '../lib/harness.ts';

/**
 * Server throughput under many clients: a real server process (`server/cli.ts serve`) on loopback, on
 * a scratch PostgreSQL database (or PGlite), the demo district seeded, `clients` accounts signed in,
 * each pushing district-shaped batches back to back for `seconds` (after a warm-up). Reports accepted
 * changes per second, pushes per second, push latency quantiles, errors, CPU per process, and checks
 * that the versions handed out are gap-free and match the accepted changes.
 */
export interface ServerLoadOptions {
  clients: number;
  seconds: number;
  warmupSeconds: number;
  /** Changes per push; null: 1–50 at random per push. */
  batch: number | null;
  /** PostgreSQL to create the scratch database next to; null: PGlite in a temp folder. */
  postgresUrl: string | null;
  profile: boolean;
  keep: boolean;
  /** Extra environment for the server process. */
  serverEnv?: Record<string, string>;
  log?: (line: string) => void;
}

export interface ServerLoadFigures {
  backend: 'postgres' | 'pglite';
  clients: number;
  seconds: number;
  batch: string;
  pushes: number;
  changes: number;
  accepted: number;
  changesPerSecond: number;
  pushesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  conflicts: number;
  rejected: Record<string, number>;
  errors: number;
  errorSamples: string[];
  /** CPU seconds per process during the measured window, and as a share of the window. */
  cpu: CpuSample & { windowSeconds: number; cores: number };
  /** Versions handed out during the run: gap-free and equal to the accepted changes. */
  versions: { from: number; to: number; rows: number; gapFree: boolean };
  profile: HotSpot[] | null;
  profileByPackage: HotSpot[] | null;
  /** With PUSH_STATS=1 in serverEnv: the server's push-group stage totals over the whole run. */
  pushStats: Record<string, number> | null;
}

function pushStatsOf(log: string): Record<string, number> | null {
  const totals: Record<string, number> = {};
  for (const line of log.split('\n')) {
    if (!line.includes('"push.stats"')) continue;
    const { event: _event, ...values } = JSON.parse(line) as Record<string, unknown>;
    for (const [key, value] of Object.entries(values))
      if (typeof value === 'number') totals[key] = Math.round((totals[key] ?? 0) + value);
  }
  return Object.keys(totals).length > 0 ? totals : null;
}

async function versionsSince(config: Parameters<typeof openDatabase>[0], from: number) {
  const database = await openDatabase(config);
  try {
    const rows = await queryRows(
      database.orm,
      sql`SELECT count(*) AS n, coalesce(min(version), 0) AS lo, coalesce(max(version), 0) AS hi
          FROM changes WHERE version > ${from}`,
    );
    const row = rows[0] ?? {};
    const [n, lo, hi] = [toNumber(row.n), toNumber(row.lo), toNumber(row.hi)];
    return { from: lo, to: hi, rows: n, gapFree: n === 0 || hi - lo + 1 === n };
  } finally {
    await database.close();
  }
}

async function lastVersion(config: Parameters<typeof openDatabase>[0]): Promise<number> {
  const database = await openDatabase(config);
  try {
    const rows = await queryRows(database.orm, sql`SELECT last_version FROM sync_state`);
    return toNumber(rows[0]?.last_version ?? 0);
  } finally {
    await database.close();
  }
}

/** What the clients did over the run, and the server's CPU over the measured window. */
interface LoadRun {
  tallies: ClientTally[];
  cpu: CpuSample;
  windowMs: number;
}

/** Signs the clients in and has them push through the warm-up and the measured window. */
async function driveClients(
  server: ServerProcess,
  options: ServerLoadOptions,
  load: { accounts: readonly LoadAccount[]; district: District },
  log: (line: string) => void,
): Promise<LoadRun> {
  const agent = keepAliveAgent(options.clients + 4);
  const tallies: ClientTally[] = [];
  try {
    const base = new URL(server.url);
    const clients = await logIn(agent, base, load.accounts, load.district);
    log(`${clients.length} clients signed in; pushing for ${options.warmupSeconds} + ${options.seconds} s`);
    const now = performance.now();
    const countFrom = now + options.warmupSeconds * 1000;
    const deadline = countFrom + options.seconds * 1000;
    const timing = { countFrom, deadline, batch: options.batch };
    const cpuAtStart = new Promise<CpuSample>((resolve) => {
      setTimeout(() => resolve(sampleCpu(server.pid)), countFrom - now);
    });
    const runs = clients.map((client) => {
      const tally: ClientTally = { samples: [], rejected: {}, errors: [] };
      tallies.push(tally);
      return runClient(agent, base, client, timing, tally);
    });
    const before = await cpuAtStart;
    const measuredFrom = performance.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())));
    const cpu = cpuBetween(before, await sampleCpu(server.pid));
    const windowMs = performance.now() - measuredFrom;
    await Promise.all(runs);
    return { tallies, cpu, windowMs };
  } finally {
    agent.destroy();
  }
}

/** The figures of a run: throughput, latency quantiles, refusals, CPU, versions, profile, stage stats. */
function figuresOf(
  options: ServerLoadOptions,
  { tallies, cpu, windowMs }: LoadRun,
  after: { versions: ServerLoadFigures['versions']; profile: CpuProfile | null; serverLog: string },
): ServerLoadFigures {
  const samples = tallies.flatMap((t) => t.samples);
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const rejected: Record<string, number> = {};
  for (const tally of tallies)
    for (const [code, n] of Object.entries(tally.rejected)) rejected[code] = (rejected[code] ?? 0) + n;
  const errors = tallies.flatMap((t) => t.errors);
  const accepted = samples.reduce((sum, s) => sum + s.accepted, 0);
  const { profile } = after;
  return {
    backend: options.postgresUrl ? 'postgres' : 'pglite',
    clients: options.clients,
    seconds: options.seconds,
    batch: options.batch === null ? '1–50 (uniform)' : String(options.batch),
    pushes: samples.length,
    changes: samples.reduce((sum, s) => sum + s.changes, 0),
    accepted,
    changesPerSecond: round(accepted / options.seconds, 0),
    pushesPerSecond: round(samples.length / options.seconds, 1),
    latencyMs: {
      p50: round(quantile(latencies, 0.5), 1),
      p95: round(quantile(latencies, 0.95), 1),
      p99: round(quantile(latencies, 0.99), 1),
      max: round(latencies.at(-1) ?? Number.NaN, 1),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length), 1),
    },
    conflicts: samples.reduce((sum, s) => sum + s.conflicts, 0),
    rejected,
    errors: errors.length,
    errorSamples: errors.slice(0, 5),
    cpu: {
      server: round(cpu.server, 2),
      postgres: round(cpu.postgres, 2),
      loadGenerator: round(cpu.loadGenerator, 2),
      windowSeconds: round(windowMs / 1000, 2),
      cores: cpus().length,
    },
    versions: after.versions,
    profile: profile ? hotSpots(profile, 25) : null,
    profileByPackage: profile ? hotSpots(profile, 12, true) : null,
    pushStats: pushStatsOf(after.serverLog),
  };
}

export async function measureServerLoad(options: ServerLoadOptions): Promise<ServerLoadFigures> {
  const log = options.log ?? (() => undefined);
  const work = await mkdtemp(join(tmpdir(), 'committee-load-'));
  const scratch = await scratchDatabase(options.postgresUrl, work);
  const cpuProfDir = options.profile ? join(work, 'cpu-prof') : null;
  try {
    const district = loadDistrict();
    const accounts = planAccounts(options.clients, district);
    await prepareDistrict(scratch.config, accounts, district);
    const startVersion = await lastVersion(scratch.config);
    log(`district ready: demo seeded (version ${startVersion}), ${accounts.length} accounts`);
    const server = await startServerProcess({
      databaseUrl: scratch.url,
      dataDir: scratch.dataDir,
      cpuProfDir,
      ...(options.serverEnv ? { env: options.serverEnv } : {}),
    });
    let run: LoadRun;
    let serverLog = '';
    try {
      run = await driveClients(server, options, { accounts, district }, log);
    } finally {
      await server.stop();
      serverLog = server.log();
    }
    const versions = await versionsSince(scratch.config, startVersion);
    const profile = cpuProfDir ? await readNodeProfile(cpuProfDir) : null;
    return figuresOf(options, run, { versions, profile, serverLog });
  } finally {
    if (!options.keep) {
      await scratch.drop().catch((error: unknown) => log(`dropping the scratch database: ${String(error)}`));
      await rm(work, { recursive: true, force: true });
    } else log(`kept ${work} and the scratch database ${scratch.url || '(PGlite folder)'}`);
  }
}
