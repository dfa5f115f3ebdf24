import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeRole } from '../admin/user-admin.ts';
import { backends, postgresOnly, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { connectLive } from '../test/live-client.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../test/records.ts';
import { acceptedVersion, pullAll, pushBatch } from '../test/sync-client.ts';

describe.each(backends)('live notices on $name', (backend) => {
  let server: TestServer;
  let adminToken = '';
  const admin = new TestReplica('admin');
  const mine = programmeRecord();
  const theirs = programmeRecord();

  beforeAll(async () => {
    server = await startTestServer(backend);
    adminToken = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    await pushBatch(
      server,
      adminToken,
      admin.batch([admin.create('programme', mine), admin.create('programme', theirs)]),
    );
  }, 60_000);
  afterAll(() => server.stop());

  it('tells a reader about pushes to spaces it reads, and only those', async () => {
    const reader = await createTestUser(server, { grants: [{ spaceId: mine.spaceId, role: 'read' }] });
    const live = await connectLive(server.url, (await login(server, reader)).accessToken);
    try {
      const current = (await pullAll(server, adminToken, 0)).cursor;
      expect(await live.next()).toBe(current);
      await pushBatch(
        server,
        adminToken,
        admin.batch([admin.create('task', taskRecord(theirs.id, newId()))]),
      );
      const visible = await pushBatch(
        server,
        adminToken,
        admin.batch([admin.create('task', taskRecord(mine.id, newId()))]),
      );
      expect(await live.next()).toBe(acceptedVersion(visible));
    } finally {
      live.close();
    }
  });

  it('stops telling a reader about a space once its grant is revoked; other users keep their channel', async () => {
    const lost = programmeRecord();
    await pushBatch(server, adminToken, admin.batch([admin.create('programme', lost)]));
    const reader = await createTestUser(server, { grants: [{ spaceId: lost.spaceId, role: 'read' }] });
    const other = await createTestUser(server, { grants: [{ spaceId: lost.spaceId, role: 'read' }] });
    const live = await connectLive(server.url, (await login(server, reader)).accessToken);
    const otherLive = await connectLive(server.url, (await login(server, other)).accessToken);
    try {
      await live.next();
      await otherLive.next();
      await revokeRole(server.database, { username: reader.username, spaceId: lost.spaceId });
      const pushed = await pushBatch(
        server,
        adminToken,
        admin.batch([admin.create('task', taskRecord(lost.id, newId()))]),
      );
      await expect(live.next(1_500)).rejects.toThrow('no live notice');
      expect(await otherLive.next()).toBe(acceptedVersion(pushed));
    } finally {
      live.close();
      otherLive.close();
    }
  });

  it('refuses a connection without a valid token', async () => {
    await expect(connectLive(server.url, 'not-a-token')).rejects.toThrow('HTTP 401');
  });
});

describe.each(postgresOnly)('two server instances on one $name', (backend) => {
  let database: TestDatabase;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    database = await backend.create();
    first = await startTestServer(backend, {}, database);
    second = await startTestServer(backend, {}, database);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.drop();
  });

  it('carries a notice from the instance that took the push to clients of the other (LISTEN/NOTIFY)', async () => {
    const user = await createTestUser(first, { isAdmin: true });
    const tokenOnSecond = (await login(second, user)).accessToken;
    const live = await connectLive(second.url, tokenOnSecond);
    try {
      await live.next();
      const replica = new TestReplica();
      const token = (await login(first, user)).accessToken;
      const response = await pushBatch(
        first,
        token,
        replica.batch([replica.create('programme', programmeRecord())]),
      );
      expect(await live.next()).toBe(acceptedVersion(response));
    } finally {
      live.close();
    }
  });

  it('listens again after losing its LISTEN connection, and sends a catch-up notice', async () => {
    const user = await createTestUser(first, { isAdmin: true });
    const live = await connectLive(second.url, (await login(second, user)).accessToken);
    try {
      const current = await live.next();
      const channel = second.database.noticeChannel;
      await second.database.orm.execute(
        sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = ${`LISTEN "${channel}"`}`,
      );
      expect(await live.next(10_000)).toBe(current);
      const replica = new TestReplica();
      const token = (await login(first, user)).accessToken;
      const response = await pushBatch(
        first,
        token,
        replica.batch([replica.create('programme', programmeRecord())]),
      );
      expect(await live.next()).toBe(acceptedVersion(response));
    } finally {
      live.close();
    }
  }, 30_000);

  it('keeps versions gap-free when both instances take pushes at once', async () => {
    const user = await createTestUser(first, { isAdmin: true });
    const tokens = [(await login(first, user)).accessToken, (await login(second, user)).accessToken];
    const start = (await pullAll(first, tokens[0] ?? '', 0)).cursor;
    const versions = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const target = i % 2 === 0 ? first : second;
        const replica = new TestReplica();
        const found: number[] = [];
        for (let batch = 0; batch < 4; batch += 1) {
          const programmes = [programmeRecord(), programmeRecord()];
          const response = await pushBatch(
            target,
            tokens[i % 2] ?? '',
            replica.batch(programmes.map((p) => replica.create('programme', p))),
          );
          found.push(...response.results.map((_, index) => acceptedVersion(response, index)));
        }
        return found;
      }),
    );
    expect(versions.flat().sort((a, b) => a - b)).toEqual(
      Array.from({ length: 64 }, (_, i) => start + 1 + i),
    );
  }, 30_000);
});
