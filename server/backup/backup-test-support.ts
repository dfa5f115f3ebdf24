import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import {
  API_PATHS,
  SYNC_SCHEMA_VERSION,
  snapshotResponseSchema,
  type PullResponse,
} from '../../shared/sync/protocol.ts';
import { TEST_DATABASE_URL } from '../test/backends.ts';
import { api, login, type TestUser } from '../test/harness.ts';
import {
  meetingRecord,
  newId,
  programmeRecord,
  taskRecord,
  TestReplica,
  unitRecord,
} from '../test/records.ts';
import { acceptedVersion, pullPage, pushBatch } from '../test/sync-client.ts';

/** Helpers of backup.test.ts: seeding through the push path, what a client sees, the targets' state. */

/** Pushes units, a programme with tasks, a meeting, then an edit and a deletion, as a client would. */
export async function seedDistrict(server: { url: string }, token: string): Promise<void> {
  const replica = new TestReplica('backup-seed');
  const units = Array.from({ length: 4 }, (_, i) => unitRecord({ name: `Phường ${i + 1}` }));
  const programme = programmeRecord({ title: 'Chương trình công tác năm' });
  const tasks = units.map((unit) => taskRecord(programme.id, unit.id));
  const meetings = [meetingRecord(), meetingRecord()];
  const first = await pushBatch(
    server,
    token,
    replica.batch([
      ...units.map((unit) => replica.create('unit', unit)),
      replica.create('programme', programme),
      ...tasks.map((task) => replica.create('task', task)),
      ...meetings.map((meeting) => replica.create('meeting', meeting)),
    ]),
  );
  first.results.forEach((_, index) => acceptedVersion(first, index));
  const [unit] = units;
  const [, gone] = meetings;
  if (!unit || !gone) throw new Error('seed records missing');
  const second = await pushBatch(
    server,
    token,
    replica.batch([
      replica.update('unit', unit, { name: 'Phường Một (đổi tên)' }),
      replica.remove('meeting', gone),
      replica.create('unit', unitRecord({ id: newId(), name: 'Đơn vị thêm sau' })),
    ]),
  );
  second.results.forEach((_, index) => acceptedVersion(second, index));
}

type WithoutTime<T> = Omit<T, 'serverTime'>;

/** Every pull page from 0 and every snapshot page, serverTime left out: what must survive a restore. */
export async function clientView(server: { url: string }, user: TestUser) {
  const { accessToken: token } = await login(server, user, 'backup-check');
  const pulls: Array<WithoutTime<PullResponse>> = [];
  for (let cursor = 0; ;) {
    const { serverTime: _time, ...page } = await pullPage(server, token, { cursor, limit: 5 });
    pulls.push(page);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const snapshots: unknown[] = [];
  for (let after: string | null | undefined = undefined; ;) {
    const answer = await api(server, 'POST', API_PATHS.snapshot, {
      token,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, limit: 4, ...(after ? { after } : {}) },
    });
    if (answer.status !== 200) throw new Error(`snapshot: ${answer.status} ${JSON.stringify(answer.body)}`);
    const { serverTime: _time, ...page } = snapshotResponseSchema.parse(answer.body);
    snapshots.push(page);
    after = page.after;
    if (after === null) break;
  }
  return { pulls, snapshots };
}

/** Every file and folder under `dir` with its size and modification time (null when `dir` is absent). */
export async function folderState(dir: string): Promise<string[] | null> {
  const entries = await readdir(dir, { recursive: true }).catch(() => null);
  if (entries === null) return null;
  const lines: string[] = [];
  for (const entry of entries.sort()) {
    const info = await stat(join(dir, entry));
    lines.push(`${entry} ${info.size} ${info.mtimeMs}`);
  }
  return lines;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty PostgreSQL database beside TEST_DATABASE_URL's, dropped by `drop`. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const adminUrl = TEST_DATABASE_URL;
  const name = `committee_restore_${randomBytes(5).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** The tables of a PostgreSQL database outside the system catalogues, and their row counts. */
export async function postgresTables(url: string): Promise<string[]> {
  return withAdmin(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
       WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const counted: string[] = [];
    for (const { name } of rows) {
      const [schema, table] = name.split('.');
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}"."${table}"`);
      counted.push(`${name} ${result.rows[0]?.n ?? '?'}`);
    }
    return counted;
  });
}
