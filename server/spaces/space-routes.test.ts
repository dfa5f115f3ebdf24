import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meResponseSchema } from '../../shared/sync/protocol.ts';
import { accountsResponseSchema, spaceGrantsResponseSchema } from '../../shared/sync/spaces-api.ts';
import { grantCapability } from '../admin/capability-admin.ts';
import { backends } from '../test/backends.ts';
import {
  api,
  createTestUser,
  login,
  startTestServer,
  type TestServer,
  type TestUser,
} from '../test/harness.ts';
import { connectLive } from '../test/live-client.ts';
import { meetingRecord, newId, programmeRecord, TestReplica } from '../test/records.ts';
import { sampleRecords } from '../../shared/test-support/sample-records.ts';
import { pushBatch } from '../test/sync-client.ts';

describe.each(backends)('the spaces API on $name', (backend) => {
  let server: TestServer;
  const programme = programmeRecord();
  const P = programme.spaceId;
  const tokens = new Map<string, string>();
  const users = new Map<string, TestUser>();
  const unit = newId();
  const path = (userId?: string) =>
    `/spaces/${encodeURIComponent(P)}/grants${userId ? `/${encodeURIComponent(userId)}` : ''}`;
  const id = (name: string) => users.get(name)?.id ?? '';
  const as = (name: string) => ({ token: tokens.get(name) ?? '' });

  beforeAll(async () => {
    server = await startTestServer(backend);
    const make = async (name: string, options: Parameters<typeof createTestUser>[1]) => {
      const user = await createTestUser(server, { name, ...options });
      users.set(name, user);
      tokens.set(name, (await login(server, user)).accessToken);
    };
    await make('admin', { isAdmin: true });
    await make('manager', { grants: [{ spaceId: P, role: 'manage' }] });
    await make('manager2', { grants: [{ spaceId: P, role: 'manage' }] });
    await make('outsider', {});
    await make('secretary', { unitId: unit });
    await grantCapability(server.database, { unit, capability: 'organise_meetings' });
    const admin = new TestReplica();
    await pushBatch(server, tokens.get('admin') ?? '', admin.batch([admin.create('programme', programme)]));
  }, 60_000);
  afterAll(() => server.stop());

  it('shows the grants to the space’s managers and admins only', async () => {
    expect((await api(server, 'GET', path(), as('outsider'))).status).toBe(403);
    const listed = await api(server, 'GET', path(), as('manager'));
    expect(listed.status).toBe(200);
    const body = spaceGrantsResponseSchema.parse(listed.body);
    expect(body.grants.map((g) => [g.userId, g.role])).toEqual(
      expect.arrayContaining([
        [id('manager'), 'manage'],
        [id('manager2'), 'manage'],
      ]),
    );
    expect((await api(server, 'GET', '/spaces/nope/grants', as('admin'))).status).toBe(400);
  });

  it('a manager gives read and write, and the new reader’s live socket closes to learn it', async () => {
    const live = await connectLive(server.url, tokens.get('outsider') ?? '');
    await live.next();
    const given = await api(server, 'PUT', path(id('outsider')), {
      ...as('manager'),
      body: { role: 'read' },
    });
    expect(given.status).toBe(200);
    const after = spaceGrantsResponseSchema.parse(given.body);
    expect(after.grants.find((g) => g.userId === id('outsider'))).toMatchObject({
      role: 'read',
      grantedBy: id('manager'),
    });
    expect(await live.closed).toBe(4003);
    const me = meResponseSchema.parse((await api(server, 'GET', '/me', as('outsider'))).body);
    expect(me.grants).toContainEqual({ spaceId: P, role: 'read' });
    const removed = await api(server, 'DELETE', path(id('outsider')), as('manager'));
    expect(removed.status).toBe(200);
    expect((await api(server, 'DELETE', path(id('outsider')), as('manager'))).status).toBe(404);
  });

  it('only an admin gives manage; a manager leaves another manager’s manage alone', async () => {
    const manage = await api(server, 'PUT', path(id('outsider')), {
      ...as('manager'),
      body: { role: 'manage' },
    });
    expect(manage.status).toBe(403);
    expect(manage.body).toMatchObject({ error: { code: 'forbidden', message: /Chỉ quản trị viên/ } });
    const lower = await api(server, 'PUT', path(id('manager2')), {
      ...as('manager'),
      body: { role: 'read' },
    });
    expect(lower.status).toBe(403);
    expect((await api(server, 'DELETE', path(id('manager2')), as('manager'))).status).toBe(403);
    expect(
      (await api(server, 'PUT', path(newId()), { ...as('manager'), body: { role: 'read' } })).status,
    ).toBe(404);
    expect(
      (await api(server, 'PUT', path(id('outsider')), { ...as('outsider'), body: { role: 'write' } })).status,
    ).toBe(403);
    const byAdmin = await api(server, 'PUT', path(id('outsider')), {
      ...as('admin'),
      body: { role: 'manage' },
    });
    expect(byAdmin.status).toBe(200);
    expect((await api(server, 'DELETE', path(id('outsider')), as('admin'))).status).toBe(200);
  });

  it('lists the accounts with their capabilities to anyone signed in', async () => {
    const answer = await api(server, 'GET', '/accounts', as('outsider'));
    expect(answer.status).toBe(200);
    const { accounts } = accountsResponseSchema.parse(answer.body);
    expect(accounts.find((a) => a.id === id('secretary'))).toMatchObject({
      unitId: unit,
      capabilities: ['organise_meetings'],
    });
    expect(accounts.find((a) => a.id === id('outsider'))?.capabilities).toEqual([]);
    const me = meResponseSchema.parse((await api(server, 'GET', '/me', as('secretary'))).body);
    expect(me.capabilities).toEqual(['organise_meetings']);
  });

  it('the creator of a meeting manages it from the first change, in the same push', async () => {
    const replica = new TestReplica();
    const meeting = meetingRecord();
    const item = {
      ...sampleRecords.agendaItem,
      id: newId(),
      spaceId: meeting.spaceId,
      meetingId: meeting.id,
    };
    const live = await connectLive(server.url, tokens.get('secretary') ?? '');
    await live.next();
    const pushed = await pushBatch(
      server,
      tokens.get('secretary') ?? '',
      replica.batch([replica.create('meeting', meeting), replica.create('agendaItem', item)]),
    );
    expect(pushed.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(await live.closed).toBe(4003);
    const grants = await api(server, 'GET', `/spaces/${meeting.spaceId}/grants`, as('secretary'));
    expect(spaceGrantsResponseSchema.parse(grants.body).grants).toEqual([
      expect.objectContaining({ userId: id('secretary'), role: 'manage', grantedBy: id('secretary') }),
    ]);
    const other = meetingRecord();
    const refused = await pushBatch(
      server,
      tokens.get('outsider') ?? '',
      replica.batch([replica.create('meeting', other)]),
    );
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
  });
});
