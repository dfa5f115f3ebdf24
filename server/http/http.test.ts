import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, SYNC_SCHEMA_VERSION } from '../../shared/sync/protocol.ts';
import { backends } from '../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newId, programmeRecord, taskRecord, TestReplica, unitRecord } from '../test/records.ts';

describe.each(backends)('HTTP contract on $name', (backend) => {
  let server: TestServer;
  let token = '';

  beforeAll(async () => {
    server = await startTestServer(backend);
    token = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  const expectError = (answer: { status: number; body: unknown }, status: number, code: string) => {
    expect(answer.status).toBe(status);
    const body = apiErrorSchema.parse(answer.body);
    expect(body.error.code).toBe(code);
    expect(body.error.message).not.toMatch(/at .*\.ts|Error:/);
    return body.error.message;
  };

  it('answers health checks without a token', async () => {
    expect(await api(server, 'GET', '/health/live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await api(server, 'GET', '/health/ready')).toMatchObject({
      status: 200,
      body: { status: 'ready' },
    });
  });

  it('refuses another protocol version with 426 and a request to update', async () => {
    const replica = new TestReplica();
    const push = {
      ...replica.batch([replica.create('unit', unitRecord())]),
      schemaVersion: SYNC_SCHEMA_VERSION + 1,
      extra: 1,
    };
    const message = expectError(
      await api(server, 'POST', '/sync/push', { token, body: push }),
      426,
      'schema_version_unsupported',
    );
    expect(message).toMatch(/cập nhật ứng dụng/);
    for (const path of ['/sync/pull', '/sync/snapshot']) {
      const body = { schemaVersion: 0, cursor: 0 };
      expectError(await api(server, 'POST', path, { token, body }), 426, 'schema_version_unsupported');
    }
  });

  it('refuses unknown fields and malformed bodies with 400', async () => {
    const login = await api(server, 'POST', '/auth/login', {
      body: { username: 'ai.do', password: 'x', clientId: 'c', admin: true },
    });
    expect(expectError(login, 400, 'invalid_request')).toMatch(/^Dữ liệu gửi lên không hợp lệ: .*"admin"/);
    const pull = await api(server, 'POST', '/sync/pull', {
      token,
      body: { schemaVersion: SYNC_SCHEMA_VERSION, cursor: -1 },
    });
    expectError(pull, 400, 'invalid_request');
    const json = await api(server, 'POST', '/auth/login', { rawBody: '{"username":' });
    expectError(json, 400, 'invalid_request');
    const text = await api(server, 'POST', '/auth/login', {
      rawBody: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expectError(text, 415, 'invalid_request');
  });

  it('refuses oversize bodies with 413', async () => {
    const huge = JSON.stringify({
      schemaVersion: 1,
      clientId: 'c',
      changes: [],
      pad: 'x'.repeat(6 * 1024 * 1024),
    });
    expectError(await api(server, 'POST', '/sync/push', { token, rawBody: huge }), 413, 'payload_too_large');
    const big = JSON.stringify({ username: 'x', pad: 'x'.repeat(2 * 1024 * 1024) });
    expectError(await api(server, 'POST', '/auth/login', { rawBody: big }), 413, 'payload_too_large');
  });

  it('counts the push limit in UTF-8 bytes: 5 MiB exactly passes, one byte more is 413 with the JSON error', async () => {
    const limit = 5 * 1024 * 1024;
    expect(server.context.settings.pushBodyLimit).toBe(limit);
    // "ệ" is one UTF-16 unit but three UTF-8 bytes: the body is far shorter in characters than in bytes.
    const body = (bytes: number) => {
      const head = JSON.stringify({
        schemaVersion: SYNC_SCHEMA_VERSION,
        clientId: 'c',
        changes: [],
        pad: '',
      });
      const room = bytes - Buffer.byteLength(head);
      const pad = 'ệ'.repeat(Math.floor(room / 3)) + 'x'.repeat(room % 3);
      const text = `${head.slice(0, -2)}${pad}"}`;
      expect(Buffer.byteLength(text)).toBe(bytes);
      return text;
    };
    const atLimit = body(limit);
    expect(atLimit.length).toBeLessThan(limit / 2);
    // Read and parsed (then refused for its unknown field), not cut off by the limit.
    expectError(await api(server, 'POST', '/sync/push', { token, rawBody: atLimit }), 400, 'invalid_request');
    const over = await api(server, 'POST', '/sync/push', { token, rawBody: body(limit + 1) });
    expect(expectError(over, 413, 'payload_too_large')).toBe('Dữ liệu gửi lên quá lớn.');
    expect(over.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('accepts a push between the general and the push body limit', async () => {
    const replica = new TestReplica();
    const programme = programmeRecord();
    const tasks = Array.from({ length: 300 }, () =>
      taskRecord(programme.id, newId(), { description: 'x'.repeat(4000) }),
    );
    const body = replica.batch([
      replica.create('programme', programme),
      ...tasks.map((t) => replica.create('task', t)),
    ]);
    expect(JSON.stringify(body).length).toBeGreaterThan(1024 * 1024);
    expect((await api(server, 'POST', '/sync/push', { token, body })).status).toBe(200);
  });

  it('answers unknown routes with 404 and carries request ids', async () => {
    expectError(await api(server, 'GET', '/nowhere', { token }), 404, 'not_found');
    const answer = await api(server, 'GET', '/health/live', { headers: { 'x-request-id': 'abc-123' } });
    expect(answer.headers.get('x-request-id')).toBe('abc-123');
  });

  it('requires a token everywhere but sign-in and health', async () => {
    for (const [method, path] of [
      ['GET', '/me'],
      ['POST', '/sync/pull'],
      ['GET', '/sync/conflicts'],
      ['POST', '/sync/push'],
    ]) {
      expectError(
        await api(server, method ?? 'GET', path ?? '/', { body: method === 'POST' ? {} : undefined }),
        401,
        'unauthorized',
      );
    }
  });
});
