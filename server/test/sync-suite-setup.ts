import type { TestProject } from 'vitest/node';
import type { SyncServerInfo } from '../../shared/sync/test-server-info.ts';
import { programmeSpace } from '../../shared/domain/space.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createUser, grantRole, revokeRole } from '../admin/user-admin.ts';
import type { Database } from '../db/database.ts';
import { startServer } from '../server.ts';
import { backends, type TestDatabase } from './backends.ts';
import { QUICK_ARGON2 } from './harness.ts';

/** Records per snapshot page when the client does not say (the server's `pageLimit`). */
const SNAPSHOT_PAGE = 20;

/**
 * The suite's control line, on loopback beside the server: `POST /grant` and `POST /revoke` with
 * `{ username, spaceId, role }` change grants while the server runs, as an administrator would, so a test
 * in a worker process can add and take away spaces mid-run.
 */
async function startControl(database: Database): Promise<{ url: string; close(): Promise<void> }> {
  const control = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const input = JSON.parse(body || '{}') as {
        username: string;
        spaceId: string;
        role?: 'read' | 'write' | 'manage';
      };
      const work =
        request.url === '/grant'
          ? grantRole(database, {
              username: input.username,
              spaceId: input.spaceId,
              role: input.role ?? 'write',
            })
          : revokeRole(database, { username: input.username, spaceId: input.spaceId });
      work.then(
        () => response.writeHead(204).end(),
        (error: unknown) => response.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  const { port } = control.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => control.close(() => resolve())),
  };
}

/** Spaces beyond the property runs' own, for the suite's other tests (one each). */
const EXTRA_SPACES = 10;

type Started = { info: SyncServerInfo; close(): Promise<void> };

/** One server on `backend` with the suite's users, a read-only official and the programme spaces. */
async function startSuiteServer(
  database: TestDatabase,
  backend: string,
  runs: number,
  seed: number | null,
): Promise<Started> {
  // Small pages, so a first sync of a few dozen records takes several snapshot pages.
  const server = await startServer({
    database: database.config,
    settings: { argon2: QUICK_ARGON2, pageLimit: SNAPSHOT_PAGE },
  });
  const programmeIds = Array.from({ length: runs + EXTRA_SPACES }, (_, i) => uuidv7(Date.now() + i));
  const account = async (name: string, role: 'read' | 'write') => {
    const username = `${name}.dongbo`;
    const password = `mat-khau-${name}-2022`;
    await createUser(server.database, {
      username,
      password,
      displayName: `Cán bộ ${name}`,
      unitId: null,
      isAdmin: false,
      argon2: QUICK_ARGON2,
    });
    for (const id of programmeIds)
      await grantRole(server.database, { username, spaceId: programmeSpace(id), role });
    return { username, password };
  };
  const users: Array<{ username: string; password: string }> = [];
  for (const name of ['bode', 'giathuy', 'thachban', 'vphu']) users.push(await account(name, 'write'));
  const reader = await account('xem', 'read');
  // An official with no grant yet: tests grant and revoke spaces to them while they sync.
  const newcomer = { username: 'moi.dongbo', password: 'mat-khau-moi-2022' };
  await createUser(server.database, {
    ...newcomer,
    displayName: 'Cán bộ mới',
    unitId: null,
    isAdmin: false,
    argon2: QUICK_ARGON2,
  });
  const control = await startControl(server.database);
  return {
    info: {
      url: server.url,
      backend,
      users,
      reader,
      newcomer,
      controlUrl: control.url,
      programmeIds,
      runs,
      seed,
    },
    close: async () => {
      await control.close();
      await server.close();
      await database.drop();
    },
  };
}

/**
 * Global setup of the sync suite: a real district server on 127.0.0.1 per backend (PGlite in memory, and
 * PostgreSQL when TEST_DATABASE_URL is set), test users with write grants on a set of programme spaces and
 * one with read only, handed to the tests through `inject('syncServer')` (PGlite) and
 * `inject('syncServers')` (every backend). The sync engine's tests then talk to them over HTTP exactly as
 * the app's main process does.
 */
export default async function setup(project: TestProject) {
  const runs = Number(process.env.SYNC_RUNS ?? 25);
  const seed = process.env.SYNC_SEED === 'random' ? null : Number(process.env.SYNC_SEED ?? 20_261_201);
  const started: Started[] = [];
  for (const backend of backends)
    started.push(await startSuiteServer(await backend.create(), backend.name, runs, seed));
  const [first] = started;
  if (!first) throw new Error('no backend for the sync suite');
  project.provide('syncServer', first.info);
  project.provide(
    'syncServers',
    started.map((server) => server.info),
  );
  return async () => {
    for (const server of started) await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    syncServer: SyncServerInfo;
    syncServers: SyncServerInfo[];
  }
}
