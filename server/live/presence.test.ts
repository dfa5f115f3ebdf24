import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '../../shared/sync/documents-api.ts';
import { backends, postgresOnly, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer, type TestUser } from '../test/harness.ts';
import { connectLive, type LiveClient } from '../test/live-client.ts';
import { newId } from '../test/records.ts';

/**
 * Who has a document open, told on the live channel (presence-hub.ts): real servers on loopback, real
 * WebSocket clients, accounts with their display names.
 */
function meetingDocs() {
  const meetingId = newId();
  return {
    spaceId: `meeting:${meetingId}`,
    minutes: documentId('minutes', meetingId),
    notes: documentId('notes', meetingId),
  };
}

/** A live connection that has read the connect notice, so what follows is presence. */
async function liveOf(server: TestServer, user: TestUser): Promise<LiveClient> {
  const live = await connectLive(server.url, (await login(server, user)).accessToken);
  await live.next();
  return live;
}

describe.each(backends)('presence on $name', (backend) => {
  let server: TestServer;
  const meeting = meetingDocs();
  const other = meetingDocs();
  let an: TestUser;
  let binh: TestUser;
  let outsider: TestUser;
  const open: LiveClient[] = [];
  const live = async (user: TestUser) => {
    const client = await liveOf(server, user);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer(backend);
    const grant = (role: 'read' | 'write') => [{ spaceId: meeting.spaceId, role }];
    an = await createTestUser(server, { name: 'Nguyễn Văn An', grants: grant('write') });
    binh = await createTestUser(server, { name: 'Trần Thị Bình', grants: grant('read') });
    outsider = await createTestUser(server, {
      name: 'Lê Văn Cường',
      grants: [{ spaceId: other.spaceId, role: 'write' }],
    });
  }, 60_000);
  afterAll(async () => {
    for (const client of open) client.close();
    await server.stop();
  });

  it('tells two users with the document open about each other, by display name', async () => {
    const first = await live(an);
    const second = await live(binh);
    first.declare([meeting.minutes]);
    expect(await first.nextPresence()).toEqual({
      docId: meeting.minutes,
      users: [{ userId: an.id, name: 'Nguyễn Văn An' }],
    });
    second.declare([meeting.minutes]);
    const both = [
      { userId: an.id, name: 'Nguyễn Văn An' },
      { userId: binh.id, name: 'Trần Thị Bình' },
    ];
    expect(await second.presenceOf(meeting.minutes, [an.id, binh.id])).toEqual(both);
    expect(await first.presenceOf(meeting.minutes, [an.id, binh.id])).toEqual(both);
    second.declare([meeting.notes]);
    expect(await first.presenceOf(meeting.minutes, [an.id])).toEqual([both[0]]);
    first.close();
    expect(await second.presenceOf(meeting.minutes, [])).toEqual([]);
    second.close();
  });

  it('tells a reader of another space nothing, even when it names the document', async () => {
    const reader = await live(an);
    const stranger = await live(outsider);
    stranger.declare([meeting.minutes]);
    reader.declare([meeting.minutes]);
    expect(await reader.presenceOf(meeting.minutes, [an.id])).toHaveLength(1);
    await expect(stranger.nextPresence(1_000)).rejects.toThrow('no live notice');
    stranger.declare([other.minutes]);
    expect(await stranger.presenceOf(other.minutes, [outsider.id])).toHaveLength(1);
    await expect(reader.nextPresence(1_000)).rejects.toThrow('no live notice');
    reader.close();
    stranger.close();
  });

  it('removes the viewer when its socket closes', async () => {
    const staying = await live(an);
    const leaving = await live(binh);
    staying.declare([meeting.notes]);
    leaving.declare([meeting.notes]);
    await staying.presenceOf(meeting.notes, [an.id, binh.id]);
    leaving.close();
    expect(await staying.presenceOf(meeting.notes, [an.id])).toEqual([
      { userId: an.id, name: 'Nguyễn Văn An' },
    ]);
    staying.close();
  });

  it('ignores a message that is too long or not presence, and ids that name no document', async () => {
    const client = await live(an);
    const tooMany = Array.from({ length: 21 }, () => meetingDocs().minutes);
    client.declare([...tooMany.slice(0, 20), meeting.minutes]);
    client.sendRaw('not json');
    client.sendRaw(JSON.stringify({ type: 'cursor', docId: meeting.minutes }));
    client.declare(['minutes:not-a-meeting', 'programme:x']);
    await expect(client.nextPresence(1_000)).rejects.toThrow('no live notice');
    client.declare([meeting.minutes, 'minutes:not-a-meeting']);
    expect(await client.nextPresence()).toEqual({
      docId: meeting.minutes,
      users: [{ userId: an.id, name: 'Nguyễn Văn An' }],
    });
    client.close();
  });

  it("shows another instance's viewers until its announcements stop, then forgets them", async () => {
    const client = await live(binh);
    client.declare([meeting.minutes]);
    await client.presenceOf(meeting.minutes, [binh.id]);
    const ghost = { userId: newId(), name: 'Phạm Thị Dung' };
    const payload = JSON.stringify({
      type: 'presence',
      instanceId: 'gone',
      docId: meeting.minutes,
      users: [ghost],
    });
    await server.database.orm.execute(sql`SELECT pg_notify(${server.database.noticeChannel}, ${payload})`);
    expect(await client.presenceOf(meeting.minutes, [binh.id, ghost.userId])).toContainEqual(ghost);
    server.clock.offset += 61_000; // its set expires; the next sweep (every 5 s) drops it
    try {
      expect(await client.presenceOf(meeting.minutes, [binh.id], 10_000)).toHaveLength(1);
    } finally {
      server.clock.offset -= 61_000;
      client.close();
    }
  }, 20_000);
});

describe.each(postgresOnly)('presence across two server instances on one $name', (backend) => {
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

  it("shows each instance's viewers on the other, and drops them when their socket closes", async () => {
    const meeting = meetingDocs();
    const grants = [{ spaceId: meeting.spaceId, role: 'write' as const }];
    const an = await createTestUser(first, { name: 'Nguyễn Văn An', grants });
    const binh = await createTestUser(first, { name: 'Trần Thị Bình', grants });
    const onFirst = await liveOf(first, an);
    const onSecond = await liveOf(second, binh);
    try {
      onFirst.declare([meeting.minutes]);
      await onFirst.presenceOf(meeting.minutes, [an.id]);
      onSecond.declare([meeting.minutes]);
      const both = [
        { userId: an.id, name: 'Nguyễn Văn An' },
        { userId: binh.id, name: 'Trần Thị Bình' },
      ];
      expect(await onSecond.presenceOf(meeting.minutes, [an.id, binh.id])).toEqual(both);
      expect(await onFirst.presenceOf(meeting.minutes, [an.id, binh.id])).toEqual(both);
      onSecond.close();
      expect(await onFirst.presenceOf(meeting.minutes, [an.id])).toEqual([both[0]]);
    } finally {
      onFirst.close();
      onSecond.close();
    }
  });

  it('drops the viewers of an instance that shuts down', async () => {
    const meeting = meetingDocs();
    const grants = [{ spaceId: meeting.spaceId, role: 'read' as const }];
    const an = await createTestUser(first, { name: 'Nguyễn Văn An', grants });
    const binh = await createTestUser(first, { name: 'Trần Thị Bình', grants });
    const third = await startTestServer(backend, {}, database);
    const onFirst = await liveOf(first, an);
    const onThird = await liveOf(third, binh);
    try {
      onFirst.declare([meeting.notes]);
      onThird.declare([meeting.notes]);
      await onFirst.presenceOf(meeting.notes, [an.id, binh.id]);
      await third.stop();
      expect(await onFirst.presenceOf(meeting.notes, [an.id])).toHaveLength(1);
    } finally {
      onFirst.close();
      onThird.close();
      await third.stop();
    }
  });
});
