import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, SYNC_SCHEMA_VERSION, type Session } from '../../shared/sync/protocol.ts';
import { decodePosition, encodePosition } from '../sync/pull/snapshot-position.ts';
import { backends } from '../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica } from '../test/records.ts';
import { pushBatch } from '../test/sync-client.ts';

/**
 * A NUL in any string a request hands the server must never reach a query: PostgreSQL refuses it and the
 * answer would be a 500 the client retries forever. Each is a 400 `invalid_request` (or the answer the
 * route gives any unknown value), never a 500.
 */
describe.each(backends)('NUL and broken text in requests on $name', (backend) => {
  let server: TestServer;
  let session: Session;
  let user: Awaited<ReturnType<typeof createTestUser>>;
  const replica = new TestReplica('unsafe-input');
  const programme = programmeRecord();

  beforeAll(async () => {
    server = await startTestServer(backend);
    user = await createTestUser(server, { isAdmin: true });
    session = await login(server, user);
    await pushBatch(
      server,
      session.accessToken,
      replica.batch([
        replica.create('programme', programme),
        replica.create('task', taskRecord(programme.id, newId())),
        replica.create('task', taskRecord(programme.id, newId())),
      ]),
    );
  }, 60_000);
  afterAll(() => server.stop());

  const expectInvalid = (answer: { status: number; body: unknown }) => {
    expect(answer.status).toBe(400);
    expect(apiErrorSchema.parse(answer.body).error.code).toBe('invalid_request');
  };

  it('refuses a NUL in the client id of a push, a login and a refresh with 400', async () => {
    const push = { ...replica.batch([replica.create('programme', programmeRecord())]), clientId: 'a\u0000b' };
    expectInvalid(await api(server, 'POST', '/sync/push', { token: session.accessToken, body: push }));
    const credentials = { username: user.username, password: user.password };
    expectInvalid(
      await api(server, 'POST', '/auth/login', { body: { ...credentials, clientId: 'may\u0000' } }),
    );
    expectInvalid(
      await api(server, 'POST', '/auth/login', { body: { ...credentials, clientId: 'may\ud800' } }),
    );
    const refresh = { refreshToken: session.refreshToken, clientId: 'client-a\u0000' };
    expectInvalid(await api(server, 'POST', '/auth/refresh', { body: refresh }));
  });

  it('never answers 500 to a NUL in a username, a token, a route parameter or a snapshot position', async () => {
    const nul = await api(server, 'POST', '/auth/login', {
      body: { username: 'ai\u0000do', password: 'x', clientId: 'c' },
    });
    expectInvalid(nul);
    const token = await api(server, 'POST', '/auth/refresh', {
      body: { refreshToken: 'abc\u0000', clientId: 'c' },
    });
    expect(token.status).toBe(401);
    const logout = await api(server, 'POST', '/auth/logout', { body: { refreshToken: 'abc\u0000' } });
    expect(logout.status).toBe(204);
    const auth = { token: session.accessToken };
    const history = await api(server, 'GET', `/records/task%00/${programme.id}/history`, auth);
    expect(history.status).toBe(404);
    expectInvalid(await api(server, 'GET', `/records/task/${programme.id}%00/history`, auth));
    expectInvalid(await api(server, 'POST', `/sync/conflicts/${newId()}%00/resolve`, auth));
    expectInvalid(await api(server, 'GET', '/sync/conflicts?since=1%00', auth));

    const first = await api<{ after: string }>(server, 'POST', '/sync/snapshot', {
      ...auth,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, limit: 2 },
    });
    const position = decodePosition(first.body.after);
    expect(position?.spaceId).toBe(programme.spaceId);
    if (!position) return;
    for (const poisoned of [
      { ...position, entity: `${position.entity}\u0000` },
      { ...position, id: `${position.id}\ud800` },
      { ...position, spaceId: `${position.spaceId}\u0000` },
    ]) {
      const body = { schemaVersion: SYNC_SCHEMA_VERSION, after: encodePosition(poisoned) };
      expectInvalid(await api(server, 'POST', '/sync/snapshot', { ...auth, body }));
    }
  });
});
