import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Capability } from '../shared/authz/capabilities.ts';
import { spawnUntilReady } from './spawn-ready.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface DistrictAccount {
  username: string;
  password: string;
  name: string;
  admin?: boolean;
  /** The unit the official works for, and the directory person they are (demo ids). */
  unitId?: string | null;
  personId?: string | null;
  grants?: Array<{ spaceId: string; role: 'read' | 'write' | 'manage' }>;
  /** Capabilities of the account itself ("tổ chức hội nghị" …), given with `admin capability grant`. */
  capabilities?: Capability[];
}

/** A capability given to every account of a unit. */
export interface UnitCapability {
  unitId: string;
  capability: Capability;
}

export interface DistrictServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

const withoutCapabilities = ({ capabilities: _capabilities, ...account }: DistrictAccount) => account;

/**
 * A real district server on loopback, as an office would run it: `admin bootstrap` sets up the accounts
 * (and the demo data) in a fresh PGlite folder, `admin capability grant` gives the capabilities, then `serve`
 * starts on a free port.
 */
export async function startDistrictServer(
  setup: { accounts: DistrictAccount[]; seedDemoAs?: string; unitCapabilities?: UnitCapability[] },
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
  const admin = (args: string[]) => {
    const run = spawnSync(process.execPath, ['server/cli.ts', 'admin', ...args], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`admin ${args.join(' ')} failed:\n${run.stderr}`);
  };
  const { unitCapabilities = [], ...bootstrapFile } = setup;
  await writeFile(
    file,
    JSON.stringify({ ...bootstrapFile, accounts: setup.accounts.map(withoutCapabilities) }),
  );
  admin(['bootstrap', '--file', file]);
  for (const account of setup.accounts)
    for (const capability of account.capabilities ?? [])
      admin(['capability', 'grant', '--username', account.username, '--capability', capability]);
  for (const { unitId, capability } of unitCapabilities)
    admin(['capability', 'grant', '--unit', unitId, '--capability', capability]);
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
