import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnUntilReady } from './spawn-ready.ts';

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
  const host = await spawnUntilReady(args, { readyEvent: 'web-host.ready', timeoutMs: 20_000 });
  return {
    url: host.url,
    origin: new URL(host.url).origin,
    userDataDir: dir,
    log: host.log,
    stop: async () => {
      await host.stop();
      if (!userDataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
