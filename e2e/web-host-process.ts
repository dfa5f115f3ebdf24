import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface WebHostProcess {
  url: string;
  origin: string;
  userDataDir: string;
  /** Everything the host wrote to stderr: attached to a failed test. */
  log(): string;
  stop(): Promise<void>;
}

export interface WebHostProcessOptions {
  /** An existing profile folder (kept after stop); a fresh temporary one otherwise (removed after stop). */
  userDataDir?: string;
  /** Start as `npm run demo` does: an empty profile is filled with the demo data. */
  demo?: boolean;
}

/** Starts `main/web-host/cli.ts` on a free loopback port with a fresh profile, as `npm run web` would. */
export async function startWebHostProcess(options: WebHostProcessOptions = {}): Promise<WebHostProcess> {
  const { userDataDir } = options;
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'committee-profile-')));
  const args = [
    'main/web-host/cli.ts',
    '--port',
    '0',
    '--user-data',
    dir,
    ...(options.demo ? ['--demo'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${stderr}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.includes('"web-host.ready"'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    userDataDir: dir,
    log: () => stderr,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!userDataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
