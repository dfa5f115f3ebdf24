import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []),
      'server/cli.ts',
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
