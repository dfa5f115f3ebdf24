import { describe, expect, it } from 'vitest';
import type { Session } from '../sync/protocol.ts';
import { SyncClientError } from './client-error.ts';
import type { FetchInitLike, FetchLike } from './fetch-like.ts';
import { memorySessionStore } from './memory-sessions.ts';
import { createServerClient } from './server-client.ts';

const SPACE = 'programme:0190f5a0-0000-7000-8000-000000000001';
const USER = '0190f5a0-0000-7000-8000-0000000000bb';

const session: Session = {
  accessToken: 'access-1',
  accessExpiresAt: Date.now() + 900_000,
  refreshToken: 'refresh-1',
  refreshExpiresAt: Date.now() + 86_400_000,
  user: { id: 'u1', username: 'vp', displayName: 'Văn phòng', personId: null, unitId: null, isAdmin: false },
  serverTime: 0,
};

const reply = (status: number, body: unknown) => ({
  status,
  headers: { get: () => null },
  text: async () => (body === undefined ? '' : JSON.stringify(body)),
});

const grant = {
  userId: USER,
  displayName: 'Phường Bồ Đề',
  unitId: null,
  role: 'write' as const,
  grantedAt: 5,
  grantedBy: 'u1',
};
const grantsAnswer = { spaceId: SPACE, grants: [grant] };

/** A server that records each request and answers from the test's table (path → reply). */
function recordingServer(answer: (method: string, path: string) => ReturnType<typeof reply>) {
  const seen: Array<{ method: string; path: string; init: FetchInitLike }> = [];
  const fetch: FetchLike = async (url, init) => {
    const path = url.replace('http://x', '');
    seen.push({ method: init.method ?? 'GET', path, init });
    return answer(init.method ?? 'GET', path);
  };
  const client = createServerClient({
    baseUrl: 'http://x',
    fetch,
    clientId: 'c',
    sessions: memorySessionStore(session),
  });
  return { client, seen };
}

const encodedSpace = encodeURIComponent(SPACE);

describe('server client: the spaces API', () => {
  it("lists a space's grants at its encoded path, with the token", async () => {
    const { client, seen } = recordingServer(() => reply(200, grantsAnswer));
    expect(await client.grants(SPACE)).toEqual(grantsAnswer);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', path: `/spaces/${encodedSpace}/grants` });
    expect(seen[0]?.init.headers.Authorization).toBe('Bearer access-1');
    expect(seen[0]?.init.body).toBeUndefined();
  });

  it("sets a grant with PUT { role } and answers the space's grants", async () => {
    const { client, seen } = recordingServer(() => reply(200, grantsAnswer));
    expect(await client.setGrant(SPACE, USER, { role: 'write' })).toEqual(grantsAnswer);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([`PUT /spaces/${encodedSpace}/grants/${USER}`]);
    expect(JSON.parse(String(seen[0]?.init.body))).toEqual({ role: 'write' });
  });

  it('asks for the grants again when a change answers without them (204)', async () => {
    const { client, seen } = recordingServer((method) =>
      method === 'GET' ? reply(200, { spaceId: SPACE, grants: [] }) : reply(204, undefined),
    );
    expect(await client.removeGrant(SPACE, USER)).toEqual({ spaceId: SPACE, grants: [] });
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      `DELETE /spaces/${encodedSpace}/grants/${USER}`,
      `GET /spaces/${encodedSpace}/grants`,
    ]);
    expect(seen[0]?.init.body).toBeUndefined();
  });

  it('reports a refusal with its code and the server message', async () => {
    const { client } = recordingServer(() =>
      reply(403, { error: { code: 'forbidden', message: 'Chỉ quản trị viên giao quyền quản lý' } }),
    );
    const error = await client.setGrant(SPACE, USER, { role: 'manage' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncClientError);
    expect((error as SyncClientError).code).toBe('forbidden');
    expect((error as SyncClientError).message).toBe('Chỉ quản trị viên giao quyền quản lý');
  });

  it('lists the accounts, refusing an answer outside the schema', async () => {
    const account = {
      id: USER,
      username: 'bode',
      displayName: 'Phường Bồ Đề',
      personId: null,
      unitId: '0190f5a0-0000-7000-8000-0000000000cc',
      isAdmin: false,
      capabilities: ['organise_meetings'],
    };
    const good = recordingServer(() => reply(200, { accounts: [account] }));
    expect(await good.client.accounts()).toEqual({ accounts: [account] });
    expect(good.seen[0]).toMatchObject({ method: 'GET', path: '/accounts' });
    const bad = recordingServer(() => reply(200, { accounts: [{ ...account, password: 'x' }] }));
    const error = await bad.client.accounts().catch((e: unknown) => e);
    expect((error as SyncClientError).code).toBe('server_error');
  });
});
