import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { compareHlc } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResponse } from '../../../shared/sync/protocol.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { pullAll, pullPage, pushBatch } from '../../test/sync-client.ts';

/** Several clients push at once while another pulls: versions are unique, gap-free and never skipped. */
describe.each(backends)('concurrent pushes on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  const programme = programmeRecord();

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const admin = new TestReplica('admin');
    await pushBatch(server, adminToken, admin.batch([admin.create('programme', programme)]));
  }, 60_000);
  afterAll(() => server.stop());

  async function client(index: number): Promise<number[]> {
    const user = await createTestUser(server, { grants: [{ spaceId: programme.spaceId, role: 'write' }] });
    const token = (await login(server, user, `client-${index}`)).accessToken;
    const replica = new TestReplica(`client-${index}`);
    const versions: number[] = [];
    for (let batch = 0; batch < 5; batch += 1) {
      const tasks = Array.from({ length: 4 }, () => taskRecord(programme.id, newId()));
      const response = await pushBatch(
        server,
        token,
        replica.batch(tasks.map((t) => replica.create('task', t))),
      );
      for (const result of response.results) if (result.status === 'accepted') versions.push(result.version);
    }
    return versions;
  }

  /** Pulls until `stop`; every page must continue exactly where the previous ended. */
  async function watch(from: number, stop: { done: boolean }): Promise<number[]> {
    const seen: number[] = [];
    let cursor = from;
    while (!stop.done) {
      const page = await pullPage(server, adminToken, { cursor, limit: 7 });
      page.changes.forEach((change, i) => expect(change.version).toBe(cursor + 1 + i));
      seen.push(...page.changes.map((c) => c.version));
      cursor = page.cursor;
    }
    return seen;
  }

  it('hands out every version once, in order, with no gap a puller could skip', async () => {
    const start = (await pullAll(server, adminToken, 0)).cursor;
    const stop = { done: false };
    const watcher = watch(start, stop);
    const perClient = await Promise.all(Array.from({ length: 6 }, (_, i) => client(i)));
    stop.done = true;
    const watched = await watcher;
    const all = perClient.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 120 }, (_, i) => start + 1 + i));
    for (const versions of perClient) expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const rest = await pullAll(server, adminToken, watched.at(-1) ?? start);
    expect([...watched, ...rest.changes.map((c) => c.version)]).toEqual(all);
  }, 60_000);

  it('converges when many clients edit one task at once, and pull serves each change exactly once', async () => {
    const task = taskRecord(programme.id, newId());
    const admin = new TestReplica('admin-task');
    await pushBatch(server, adminToken, admin.batch([admin.create('task', task)]));
    const start = (await pullAll(server, adminToken, 0)).cursor;
    const sent: RecordChange[] = [];
    const pushes: Array<Promise<PushResponse>> = [];
    const twins: Array<Promise<PushResponse>> = [];
    for (let i = 0; i < 10; i += 1) {
      const user = await createTestUser(server, { grants: [{ spaceId: programme.spaceId, role: 'write' }] });
      const token = (await login(server, user, `editor-${i}`)).accessToken;
      const replica = new TestReplica(`editor-${i}`);
      for (let round = 0; round < 3; round += 1) {
        const changes = [
          replica.update('task', task, { progress: i * 10 + round }, { base: { progress: null } }),
          replica.update('task', task, {
            status: round === 2 ? 'done' : 'in_progress',
            title: `Sửa bởi ${i}.${round}`,
          }),
        ];
        sent.push(...changes);
        const request = replica.batch(changes);
        pushes.push(pushBatch(server, token, request));
        // One client retries its push while the first attempt is still in flight.
        if (i === 0 && round === 0) twins.push(pushBatch(server, token, request));
      }
    }
    const answers = await Promise.all(pushes);
    const [twin] = await Promise.all(twins);
    expect(twin?.results.map((r) => (r.status === 'accepted' ? r.version : null))).toEqual(
      answers[0]?.results.map((r) => (r.status === 'accepted' ? r.version : null)),
    );
    const versions = answers.flatMap((a) => a.results.map((r) => (r.status === 'accepted' ? r.version : -1)));
    expect(versions.toSorted((a, b) => a - b)).toEqual(
      Array.from({ length: sent.length }, (_, i) => start + 1 + i),
    );
    const pulled = (await pullAll(server, adminToken, start, 7)).changes;
    expect(pulled.map((c) => c.changeId).toSorted()).toEqual(sent.map((c) => c.changeId).toSorted());
    expect(pulled.map((c) => c.version)).toEqual(
      Array.from({ length: sent.length }, (_, i) => start + 1 + i),
    );
    // Per field, the latest stamp wins, whatever order the pushes committed in.
    const latest = (field: string) =>
      sent.filter((c) => field in c.fields).toSorted((a, b) => compareHlc(b.hlc, a.hlc))[0]?.fields[field];
    const { rows } = await server.database.withSession(async (session) => ({
      rows: await session.query('SELECT data FROM records WHERE entity = $1 AND id = $2', ['task', task.id]),
    }));
    const stored = rows[0]?.data as Record<string, unknown>;
    for (const field of ['progress', 'status', 'title']) expect(stored[field]).toEqual(latest(field));
  }, 60_000);
});
