import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
export async function startDistrictServer(setup: {
  accounts: DistrictAccount[];
  seedDemoAs?: string;
}): Promise<DistrictServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'district-server-'));
  const env = { ...process.env, DATA_DIR: join(dataDir, 'db'), DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const file = join(dataDir, 'district.json');
  await writeFile(file, JSON.stringify(setup));
  const bootstrap = spawnSync(process.execPath, ['server/cli.ts', 'admin', 'bootstrap', '--file', file], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (bootstrap.status !== 0) throw new Error(`bootstrap failed:\n${bootstrap.stderr}`);
  const child: ChildProcess = spawn(process.execPath, ['server/cli.ts', 'serve', '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`district server did not start:\n${stderr}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.includes('"server.ready"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => reject(new Error(`district server exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    log: () => stderr,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
