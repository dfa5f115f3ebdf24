import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareHlc } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { backends } from '../../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../../test/records.ts';
import { pullAll, pullPage, pushBatch } from '../../test/sync-client.ts';

/**
 * Two server instances on one PostgreSQL database, each grouping and pipelining its own pushes: the push
 * lock still orders them, a group that applied ahead on a carry another instance made stale starts over,
 * and a puller on either instance sees every change exactly once, in version order, with no gap.
 */
const postgres = backends.find((backend) => backend.name === 'postgres');

describe.skipIf(!postgres)('two instances on PostgreSQL (TEST_DATABASE_URL)', () => {
  let first: TestServer;
  let second: TestServer;
  let adminToken = '';
  const programme = programmeRecord();
  const shared = taskRecord(programme.id, newId());

  beforeAll(async () => {
    if (!postgres) throw new Error('skipped without TEST_DATABASE_URL');
    first = await startTestServer(postgres);
    second = await startTestServer(postgres, {}, first.testDatabase);
    adminToken = (await login(first, await createTestUser(first, { isAdmin: true }))).accessToken;
    const admin = new TestReplica('admin');
    await pushBatch(
      first,
      adminToken,
      admin.batch([admin.create('programme', programme), admin.create('task', shared)]),
    );
  }, 60_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  async function client(index: number, sent: RecordChange[]): Promise<void> {
    const server = index % 2 === 0 ? first : second;
    const user = await createTestUser(first, { grants: [{ spaceId: programme.spaceId, role: 'write' }] });
    const token = (await login(server, user, `instance-client-${index}`)).accessToken;
    const replica = new TestReplica(`instance-client-${index}`);
    for (let round = 0; round < 6; round += 1) {
      const changes = [
        ...Array.from({ length: 3 }, () => replica.create('task', taskRecord(programme.id, newId()))),
        replica.update('task', shared, { progress: index * 10 + round }),
      ];
      sent.push(...changes);
      const response = await pushBatch(server, token, replica.batch(changes));
      expect(response.results.every((r) => r.status === 'accepted')).toBe(true);
    }
  }

  it('orders every push of both instances into one gap-free log', async () => {
    const start = (await pullAll(first, adminToken, 0)).cursor;
    const stop = { done: false };
    const watcher = (async () => {
      let cursor = start;
      const seen: number[] = [];
      while (!stop.done) {
        const page = await pullPage(second, adminToken, { cursor, limit: 7 });
        page.changes.forEach((change, i) => expect(change.version).toBe(cursor + 1 + i));
        seen.push(...page.changes.map((c) => c.version));
        cursor = page.cursor;
      }
      return cursor;
    })();
    const sent: RecordChange[] = [];
    await Promise.all(Array.from({ length: 8 }, (_, i) => client(i, sent)));
    stop.done = true;
    await watcher;
    const pulled = (await pullAll(first, adminToken, start)).changes;
    expect(pulled.map((c) => c.version)).toEqual(
      Array.from({ length: sent.length }, (_, i) => start + 1 + i),
    );
    expect(pulled.map((c) => c.changeId).toSorted()).toEqual(sent.map((c) => c.changeId).toSorted());
    const latest = sent
      .filter((c) => c.recordId === shared.id)
      .toSorted((a, b) => compareHlc(b.hlc, a.hlc))[0]?.fields.progress;
    const rows = await first.database.withSession((session) =>
      session.query('SELECT data FROM records WHERE entity = $1 AND id = $2', ['task', shared.id]),
    );
    expect((rows[0]?.data as Record<string, unknown>).progress).toBe(latest);
  }, 60_000);
});
