import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { seedDemo } from '../../server/admin/seed-demo.ts';
import { createUser, grantRole } from '../../server/admin/user-admin.ts';
import type { Argon2Params } from '../../server/auth/password.ts';
import { findUserByUsername, loadPrincipal } from '../../server/auth/user-store.ts';
import { DEFAULT_SETTINGS } from '../../server/context.ts';
import type { Database, DatabaseConfig } from '../../server/db/database.ts';
import { push } from '../../server/sync/push/push-service.ts';
import { formatHlc } from '../../shared/hlc/index.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { MAX_PUSH_CHANGES, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { tasksOfUnit, type ClientRole, type District } from './workload.ts';

/**
 * The district the load runs against: a scratch database (a new PostgreSQL database, dropped afterwards,
 * or a PGlite folder), the demo district seeded as an admin's pushes, and one account per simulated
 * client with its grants, made through the server's own admin functions. Passwords are hashed with cheap
 * argon2 parameters: logging 200 clients in is setup, not what is measured.
 */
export const CHEAP_ARGON2: Argon2Params = { memoryKiB: 64, passes: 1, parallelism: 1 };
export const PASSWORD = 'mat-khau-tai-thu-2024';

export interface LoadAccount {
  username: string;
  role: ClientRole;
  unitId: string | null;
  /** A lead unit's own tasks (seeded before the run). */
  tasks: Array<Readonly<Record<string, unknown>>>;
}

const TASKS_PER_LEAD_CLIENT = 5;

export interface ScratchDatabase {
  /** DATABASE_URL for the server process ('' for PGlite). */
  url: string;
  dataDir: string;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database next to the one `baseUrl` names (its role needs CREATEDB). */
export async function scratchDatabase(baseUrl: string | null, work: string): Promise<ScratchDatabase> {
  const dataDir = join(work, 'server');
  await mkdir(dataDir, { recursive: true });
  if (baseUrl === null) {
    const pgliteDir = join(dataDir, 'db');
    return {
      url: '',
      dataDir: pgliteDir,
      config: { kind: 'pglite', dataDir: pgliteDir },
      drop: async () => undefined,
    };
  }
  const name = `committee_load_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    config: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Accounts for `clients` clients: every other one a committee office, the rest lead units. */
export function planAccounts(clients: number, district: District): LoadAccount[] {
  return Array.from({ length: clients }, (_, i) => {
    const lead = district.leadUnits[i % district.leadUnits.length];
    const role: ClientRole = i % 2 === 0 ? 'writer' : 'lead-unit';
    const leads = role === 'lead-unit' && lead !== undefined;
    return {
      username: `tai.${String(i).padStart(4, '0')}`,
      role,
      unitId: leads ? lead.unitId : null,
      tasks: leads ? tasksOfUnit(lead.tasks, TASKS_PER_LEAD_CLIENT) : [],
    };
  });
}

/** The lead units' own tasks, pushed by the admin through the server's push path. */
async function seedTasks(
  database: Database,
  username: string,
  tasks: ReadonlyArray<Record<string, unknown>>,
) {
  const user = await findUserByUsername(database.orm, username);
  const loaded = user ? await loadPrincipal(database.orm, user.id) : null;
  if (!loaded) throw new Error(`no admin ${username}`);
  const pusher = { principal: loaded.principal, userId: loaded.user.id, userName: loaded.user.displayName };
  const context = { database, settings: DEFAULT_SETTINGS, now: Date.now };
  const hlc = formatHlc({ wallMs: Date.now(), counter: 0, nodeId: 'ad00ad00ad00ad00' });
  const changes: RecordChange[] = tasks.map(({ id, spaceId, ...fields }) => ({
    changeId: uuidv7(Date.now()),
    entity: 'task',
    recordId: String(id),
    spaceId: String(spaceId),
    hlc,
    fields,
  }));
  for (let start = 0; start < changes.length; start += MAX_PUSH_CHANGES) {
    const batch = changes.slice(start, start + MAX_PUSH_CHANGES);
    const request = { schemaVersion: SYNC_SCHEMA_VERSION, clientId: 'tai-thu-seed', changes: batch };
    const { results } = await push(context, pusher, request);
    const refused = results.find((r) => r.status === 'rejected');
    if (refused) throw new Error(`seeding tasks: ${JSON.stringify(refused)}`);
  }
}

/** Migrates, seeds the demo district and creates the accounts; the database is closed afterwards. */
export async function prepareDistrict(
  config: DatabaseConfig,
  accounts: readonly LoadAccount[],
  district: District,
): Promise<void> {
  const database = await openDatabase(config);
  try {
    const admin = 'tai.quantri';
    await createUser(database, {
      username: admin,
      password: PASSWORD,
      displayName: 'Quản trị tải thử',
      isAdmin: true,
      argon2: CHEAP_ARGON2,
    });
    await seedDemo(database, { username: admin });
    await seedTasks(
      database,
      admin,
      accounts.flatMap((a) => a.tasks),
    );
    const spaces = [...district.programmeSpaces, ...district.meetingSpaces];
    for (const account of accounts) {
      await createUser(database, {
        username: account.username,
        password: PASSWORD,
        displayName: `${account.role === 'writer' ? 'Văn phòng' : 'Đơn vị'} ${account.username}`,
        unitId: account.unitId,
        argon2: CHEAP_ARGON2,
      });
      const role = account.role === 'writer' ? 'write' : 'read';
      for (const spaceId of spaces) await grantRole(database, { username: account.username, spaceId, role });
    }
  } finally {
    await database.close();
  }
}
