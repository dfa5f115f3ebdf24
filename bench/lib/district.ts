import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnUntilReady } from '../../e2e/spawn-ready.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface BenchServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

export const ADMIN = { username: 'bench.quantri', password: 'mat-khau-bench-2024', name: 'Quản trị bench' };

/** `admin bootstrap` (admin account + demo data) into a PGlite folder (or DATABASE_URL), then `serve`. */
export async function startBenchServer(
  dataDir: string,
  databaseUrl: string,
  cpuProfDir: string | null = null,
  admin: typeof ADMIN = ADMIN,
): Promise<BenchServer> {
  const env = { ...process.env, DATA_DIR: join(dataDir, 'db'), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, 'district.json');
  await writeFile(
    file,
    JSON.stringify({ accounts: [{ ...admin, admin: true }], seedDemoAs: admin.username }),
  );
  const bootstrap = spawnSync(process.execPath, ['server/cli.ts', 'admin', 'bootstrap', '--file', file], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (bootstrap.status !== 0) throw new Error(`bootstrap failed:\n${bootstrap.stderr}`);
  const server = await spawnUntilReady(
    [
      ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []),
      'server/cli.ts',
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    { readyEvent: 'server.ready', env },
  );
  return { url: server.url, log: server.log, stop: server.stop };
}
