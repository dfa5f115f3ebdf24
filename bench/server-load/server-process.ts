import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `node server/cli.ts serve` as a child process on loopback (port 0), the way a district runs it; its
 * pid is kept so the bench can read its CPU time. `--cpu-prof` writes a V8 profile when it exits.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number | null;
  log(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(options: {
  databaseUrl: string;
  dataDir: string;
  cpuProfDir: string | null;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const args = [
    ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
    'server/cli.ts',
    'serve',
    '--port',
    '0',
    '--host',
    '127.0.0.1',
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: options.dataDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.includes('"server.ready"'));
      if (!line) return;
      clearTimeout(timer);
      resolve(String((JSON.parse(line) as { url: unknown }).url));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    pid: child.pid ?? null,
    log: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
