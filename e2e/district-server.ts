import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnUntilReady } from './spawn-ready.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface DistrictAccount {
  username: string;
  password: string;
  name: string;
  admin?: boolean;
  grants?: Array<{ spaceId: string; role: 'read' | 'write' | 'manage' }>;
}

export interface DistrictServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * A real district server on loopback, as an office would run it: `admin bootstrap` sets up the accounts
 * (and the demo data) in a fresh PGlite folder, then `serve` starts on a free port.
 */
export async function startDistrictServer(
  setup: { accounts: DistrictAccount[]; seedDemoAs?: string },
  /** Extra settings of `serve`, e.g. `{ PAGE_LIMIT: '100' }`. */
  settings: Record<string, string> = {},
): Promise<DistrictServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'district-server-'));
  const env = {
    ...process.env,
    DATA_DIR: join(dataDir, 'db'),
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    ...settings,
  };
  const file = join(dataDir, 'district.json');
  await writeFile(file, JSON.stringify(setup));
  const bootstrap = spawnSync(process.execPath, ['server/cli.ts', 'admin', 'bootstrap', '--file', file], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (bootstrap.status !== 0) throw new Error(`bootstrap failed:\n${bootstrap.stderr}`);
  const server = await spawnUntilReady(['server/cli.ts', 'serve', '--port', '0'], {
    readyEvent: 'server.ready',
    env,
  });
  return {
    url: server.url,
    log: server.log,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
