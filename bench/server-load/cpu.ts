import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time per process from /proc (Linux): the server process, every PostgreSQL process, and this load
 * generator, so a run shows who used the cores. Seconds of user + system time.
 */
const TICKS_PER_SECOND = 100;

async function processSeconds(pid: number): Promise<{ name: string; seconds: number } | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { name, seconds: ticks / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export interface CpuSample {
  server: number;
  postgres: number;
  loadGenerator: number;
}

/** CPU seconds used so far by the server (pid), all `postgres` processes, and this process. */
export async function sampleCpu(serverPid: number | null): Promise<CpuSample> {
  const server = serverPid === null ? null : await processSeconds(serverPid);
  let postgres = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const proc = await processSeconds(Number(entry));
    if (proc?.name === 'postgres') postgres += proc.seconds;
  }
  const own = process.cpuUsage();
  return { server: server?.seconds ?? 0, postgres, loadGenerator: (own.user + own.system) / 1e6 };
}

export function cpuBetween(before: CpuSample, after: CpuSample): CpuSample {
  return {
    server: after.server - before.server,
    postgres: after.postgres - before.postgres,
    loadGenerator: after.loadGenerator - before.loadGenerator,
  };
}
