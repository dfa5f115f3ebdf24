import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchInitLike, FetchLike } from '../../shared/server-client/fetch-like.ts';
import { createDispatcher } from '../ipc/dispatch.ts';
import { silentLogger } from '../log/logger.ts';
import { createHandlers } from './create-handlers.ts';

const SPACE = 'meeting:0190f5a0-0000-7000-8000-000000000001';
const USER = '0190f5a0-0000-7000-8000-0000000000bb';
const user = {
  id: 'u1',
  username: 'vp',
  displayName: 'Văn phòng',
  personId: null,
  unitId: null,
  isAdmin: false,
};
const grants = {
  spaceId: SPACE,
  grants: [
    { userId: USER, displayName: 'Phường Bồ Đề', unitId: null, role: 'read', grantedAt: 1, grantedBy: 'u1' },
  ],
};

const reply = (status: number, body: unknown) => ({
  status,
  headers: { get: () => null },
  text: async () => JSON.stringify(body),
});

/** A district server in a function: it signs in, answers the spaces API and records what main asked. */
function fakeServer(refuse = false) {
  const seen: Array<{ method: string; path: string; body: unknown }> = [];
  const fetch: FetchLike = async (url, init: FetchInitLike) => {
    const path = new URL(url).pathname;
    const method = init.method ?? 'GET';
    seen.push({ method, path, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) });
    if (path === '/auth/login')
      return reply(200, {
        accessToken: 'a',
        accessExpiresAt: Date.now() + 900_000,
        refreshToken: 'r',
        refreshExpiresAt: Date.now() + 86_400_000,
        user,
        serverTime: Date.now(),
      });
    if (path === '/auth/logout') return reply(200, {});
    if (path === '/accounts') return reply(200, { accounts: [] });
    if (refuse) return reply(403, { error: { code: 'forbidden', message: 'Không có quyền quản lý' } });
    if (path.startsWith('/spaces/')) return reply(200, grants);
    return reply(503, { error: { code: 'unavailable', message: 'x' } });
  };
  return { fetch, seen };
}

let logout: (() => Promise<unknown>) | null = null;
afterEach(async () => {
  await logout?.();
  logout = null;
});

async function signedIn(refuse = false) {
  const server = fakeServer(refuse);
  const handlers = createHandlers({
    userDataDir: await mkdtemp(join(tmpdir(), 'profile-')),
    host: 'web',
    appName: 'Sổ tay',
    version: '0.1.0',
    emit: () => undefined,
    log: silentLogger,
    fetch: server.fetch,
  });
  const dispatch = createDispatcher(handlers, silentLogger);
  const login = await dispatch('auth.login', {
    serverUrl: 'http://127.0.0.1:9',
    username: 'vp',
    password: 'mật khẩu',
  });
  expect(login.ok).toBe(true);
  logout = () => dispatch('auth.logout', {});
  return { dispatch, seen: server.seen };
}

describe('the spaces channels, through main to the server', () => {
  it('carries grants, set, remove and accounts to the spaces API', async () => {
    const { dispatch, seen } = await signedIn();
    expect(await dispatch('spaces.grants', { spaceId: SPACE })).toEqual({ ok: true, value: grants });
    const set = await dispatch('spaces.setGrant', { spaceId: SPACE, userId: USER, role: 'write' });
    expect(set).toEqual({ ok: true, value: grants });
    expect((await dispatch('spaces.removeGrant', { spaceId: SPACE, userId: USER })).ok).toBe(true);
    expect(await dispatch('accounts.list', {})).toEqual({ ok: true, value: { accounts: [] } });
    const api = seen.filter((s) => s.path.startsWith('/spaces/') || s.path === '/accounts');
    const space = encodeURIComponent(SPACE);
    expect(api).toEqual([
      { method: 'GET', path: `/spaces/${space}/grants`, body: undefined },
      { method: 'PUT', path: `/spaces/${space}/grants/${USER}`, body: { role: 'write' } },
      { method: 'DELETE', path: `/spaces/${space}/grants/${USER}`, body: undefined },
      { method: 'GET', path: '/accounts', body: undefined },
    ]);
  });

  it("passes the server's refusal on as forbidden, and refuses a space id that is not one", async () => {
    const { dispatch, seen } = await signedIn(true);
    const refused = await dispatch('spaces.setGrant', { spaceId: SPACE, userId: USER, role: 'manage' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const before = seen.length;
    const bad = await dispatch('spaces.grants', { spaceId: 'programme:../../admin' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(seen.length).toBe(before);
  });
});
