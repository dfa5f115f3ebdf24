import type { TestProject } from 'vitest/node';
import type { SyncServerInfo } from '../../shared/sync/test-server-info.ts';
import { programmeSpace } from '../../shared/domain/space.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import { createUser, grantRole } from '../admin/user-admin.ts';
import { startServer } from '../server.ts';
import { QUICK_ARGON2 } from './harness.ts';
import { pgliteTemplate } from './pglite-template.ts';

/**
 * Global setup of the sync suite: one real district server on 127.0.0.1 (PGlite in memory), test users
 * with write grants on a set of programme spaces, handed to the tests through `inject('syncServer')`.
 * The sync engine's tests then talk to it over HTTP exactly as the app's main process does.
 */
/** Spaces beyond the property runs' own, for the suite's other tests (one each). */
const EXTRA_SPACES = 4;

export default async function setup(project: TestProject) {
  const server = await startServer({
    database: { kind: 'pglite', dataDir: null, template: await pgliteTemplate() },
    settings: { argon2: QUICK_ARGON2 },
  });
  const runs = Number(process.env.SYNC_RUNS ?? 25);
  const programmeIds = Array.from({ length: runs + EXTRA_SPACES }, (_, i) => uuidv7(Date.now() + i));
  const users: Array<{ username: string; password: string }> = [];
  for (const name of ['bode', 'giathuy', 'thachban', 'vphu']) {
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
      await grantRole(server.database, { username, spaceId: programmeSpace(id), role: 'write' });
    users.push({ username, password });
  }
  project.provide('syncServer', { url: server.url, users, programmeIds, runs });
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    syncServer: SyncServerInfo;
  }
}
