import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema, meResponseSchema, sessionSchema, type Session } from '../../shared/sync/protocol.ts';
import { setDisabled } from '../admin/user-admin.ts';
import { backends } from '../test/backends.ts';
import { api, createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';

describe.each(backends)('auth on $name', (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(backend);
  }, 60_000);
  afterAll(() => server.stop());

  const refresh = (refreshToken: string, clientId = 'client-a') =>
    api<Session>(server, 'POST', '/auth/refresh', { body: { refreshToken, clientId } });

  it('signs in and answers /me with the user, grants and server time', async () => {
    const user = await createTestUser(server, { name: 'Nguyễn Văn An' });
    const session = sessionSchema.parse(await login(server, user));
    expect(session.user).toMatchObject({
      username: user.username,
      displayName: 'Nguyễn Văn An',
      isAdmin: false,
    });
    expect(session.accessExpiresAt - session.serverTime).toBe(15 * 60_000);
    expect(session.refreshExpiresAt - session.serverTime).toBe(30 * 24 * 60 * 60_000);
    const me = await api(server, 'GET', '/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    expect(meResponseSchema.parse(me.body).grants).toEqual([{ spaceId: 'directory', role: 'read' }]);
  });

  it('refuses a wrong password or an unknown user with the same answer', async () => {
    const user = await createTestUser(server);
    const wrong = await api(server, 'POST', '/auth/login', {
      body: { username: user.username, password: 'sai-mat-khau', clientId: 'c' },
    });
    const unknown = await api(server, 'POST', '/auth/login', {
      body: { username: 'khong.co.ai', password: 'sai-mat-khau', clientId: 'c' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(apiErrorSchema.parse(wrong.body)).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      error: { code: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    });
  });

  it('answers a disabled account with the same 401 as a wrong password or an unknown user', async () => {
    const user = await createTestUser(server);
    await setDisabled(server.database, { username: user.username, disabled: true });
    const attempt = (username: string, password: string) =>
      api(server, 'POST', '/auth/login', { body: { username, password, clientId: 'c' } });
    const expected = {
      error: { code: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    };
    for (const answer of [
      await attempt(user.username, user.password),
      await attempt(user.username, 'sai-mat-khau'),
      await attempt('khong.co.ai.ca', 'sai-mat-khau'),
    ]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(expected);
    }
    await setDisabled(server.database, { username: user.username, disabled: false });
    expect((await login(server, user)).user.id).toBe(user.id);
  });

  it('rate-limits failed logins per username (429, Retry-After), other users unaffected', async () => {
    const victim = await createTestUser(server);
    const other = await createTestUser(server);
    const attempt = (password: string) =>
      api(server, 'POST', '/auth/login', { body: { username: victim.username, password, clientId: 'c' } });
    for (let i = 0; i < 5; i += 1) expect((await attempt('sai-mat-khau')).status).toBe(401);
    const blocked = await attempt(victim.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(apiErrorSchema.parse(blocked.body).error.code).toBe('too_many_requests');
    expect(JSON.stringify(blocked.body)).toContain('thử lại sau 15 phút');
    expect((await login(server, other)).user.username).toBe(other.username);
    server.clock.offset += 15 * 60_000 + 1_000;
    try {
      expect((await login(server, victim)).user.username).toBe(victim.username);
    } finally {
      server.clock.offset -= 15 * 60_000 + 1_000;
    }
  });

  it('rotates refresh tokens and revokes the family when a rotated token comes back', async () => {
    const user = await createTestUser(server);
    const first = await login(server, user);
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await refresh(second.body.refreshToken);
    expect(third.status).toBe(200);
    const reused = await refresh(first.refreshToken);
    expect(reused.status).toBe(401);
    expect(apiErrorSchema.parse(reused.body).error.code).toBe('unauthorized');
    expect((await refresh(third.body.refreshToken)).status).toBe(401);
    expect((await api(server, 'GET', '/me', { token: third.body.accessToken })).status).toBe(401);
  });

  it('binds a refresh to the non-empty client id the session was issued to', async () => {
    const user = await createTestUser(server);
    const session = await login(server, user, 'client-a');
    const empty = await refresh(session.refreshToken, '');
    expect(empty.status).toBe(400);
    expect(apiErrorSchema.parse(empty.body).error.code).toBe('invalid_request');
    const other = await refresh(session.refreshToken, 'client-b');
    expect(other.status).toBe(401);
    expect(apiErrorSchema.parse(other.body).error.code).toBe('unauthorized');
    const missing = await api(server, 'POST', '/auth/refresh', {
      body: { refreshToken: session.refreshToken },
    });
    expect(missing.status).toBe(400);
    const right = await refresh(session.refreshToken, 'client-a');
    expect(right.status).toBe(200);
    expect((await refresh(right.body.refreshToken, 'client-b')).status).toBe(401);
    expect((await refresh(right.body.refreshToken, 'client-a')).status).toBe(200);
  });

  it('answers token_expired for an expired access token, unauthorized for a bad one', async () => {
    const user = await createTestUser(server);
    const session = await login(server, user);
    server.clock.offset += 16 * 60_000;
    try {
      const expired = await api(server, 'GET', '/me', { token: session.accessToken });
      expect(expired.status).toBe(401);
      expect(apiErrorSchema.parse(expired.body).error.code).toBe('token_expired');
      const renewed = await refresh(session.refreshToken);
      expect((await api(server, 'GET', '/me', { token: renewed.body.accessToken })).status).toBe(200);
    } finally {
      server.clock.offset -= 16 * 60_000;
    }
    for (const token of ['garbage', `${session.accessToken}x`]) {
      const bad = await api(server, 'GET', '/me', { token });
      expect(bad.status).toBe(401);
      expect(apiErrorSchema.parse(bad.body).error.code).toBe('unauthorized');
    }
    expect((await api(server, 'GET', '/me')).status).toBe(401);
  });

  it('signs out: the refresh token and its access tokens stop working', async () => {
    const user = await createTestUser(server);
    const session = await login(server, user);
    const out = await api(server, 'POST', '/auth/logout', { body: { refreshToken: session.refreshToken } });
    expect(out.status).toBe(204);
    expect((await refresh(session.refreshToken)).status).toBe(401);
    expect((await api(server, 'GET', '/me', { token: session.accessToken })).status).toBe(401);
  });

  it('changes the password with the current one and ends the other sessions', async () => {
    const user = await createTestUser(server);
    const here = await login(server, user, 'client-here');
    const elsewhere = await login(server, user, 'client-elsewhere');
    const refused = await api(server, 'POST', '/auth/password', {
      token: here.accessToken,
      body: { currentPassword: 'khong-dung-123', newPassword: 'mat-khau-moi-123' },
    });
    expect(refused.status).toBe(403);
    const changed = await api(server, 'POST', '/auth/password', {
      token: here.accessToken,
      body: { currentPassword: user.password, newPassword: 'mat-khau-moi-123' },
    });
    expect(changed.status).toBe(204);
    expect((await refresh(elsewhere.refreshToken, 'client-elsewhere')).status).toBe(401);
    expect((await refresh(here.refreshToken, 'client-here')).status).toBe(200);
    await expect(login(server, user)).rejects.toThrow(/401/);
    expect((await login(server, { ...user, password: 'mat-khau-moi-123' })).user.id).toBe(user.id);
    const short = await api(server, 'POST', '/auth/password', {
      token: here.accessToken,
      body: { currentPassword: 'mat-khau-moi-123', newPassword: 'ngan' },
    });
    expect(short.status).toBe(400);
  });
});
