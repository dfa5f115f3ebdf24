import { describe, expect, it } from 'vitest';
import { SYNC_SCHEMA_VERSION, type Session } from '../sync/protocol.ts';
import { SyncClientError } from './client-error.ts';
import type { FetchInitLike, FetchLike } from './fetch-like.ts';
import { memorySessionStore } from './memory-sessions.ts';
import { createServerClient } from './server-client.ts';

const user = {
  id: 'u1',
  username: 'bode',
  displayName: 'Phường Bồ Đề',
  personId: null,
  unitId: null,
  isAdmin: false,
};
const session = (access: string, refresh: string, expiresAt: number): Session => ({
  accessToken: access,
  accessExpiresAt: expiresAt,
  refreshToken: refresh,
  refreshExpiresAt: expiresAt + 86_400_000,
  user,
  serverTime: 0,
});

const reply = (status: number, body: unknown) => ({
  status,
  headers: { get: () => null },
  text: async () => JSON.stringify(body),
});

describe('server client', () => {
  it('refreshes an expired access token once and retries, keeping the call', async () => {
    const seen: Array<{ url: string; init: FetchInitLike }> = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url, init });
      if (url.endsWith('/auth/refresh'))
        return reply(200, session('access-2', 'refresh-2', Date.now() + 900_000));
      if (init.headers.Authorization === 'Bearer access-1') {
        return reply(401, { error: { code: 'token_expired', message: 'Phiên đã hết hạn' } });
      }
      return reply(200, { changes: [], cursor: 5, hasMore: false, serverTime: 1 });
    };
    const sessions = memorySessionStore(session('access-1', 'refresh-1', Date.now() + 900_000));
    const client = createServerClient({ baseUrl: 'http://127.0.0.1:1', fetch, clientId: 'c', sessions });
    expect(await client.pull({ cursor: 5 })).toMatchObject({ cursor: 5 });
    expect(seen.map((s) => s.url.replace('http://127.0.0.1:1', ''))).toEqual([
      '/sync/pull',
      '/auth/refresh',
      '/sync/pull',
    ]);
    expect(sessions.current()?.accessToken).toBe('access-2');
  });

  it('says unauthorized and forgets the session when the refresh token is refused', async () => {
    const fetch: FetchLike = async () =>
      reply(401, { error: { code: 'unauthorized', message: 'Hết phiên' } });
    const sessions = memorySessionStore(session('a', 'r', Date.now() - 1));
    const client = createServerClient({ baseUrl: 'http://x', fetch, clientId: 'c', sessions });
    const error = await client.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncClientError);
    expect((error as SyncClientError).code).toBe('unauthorized');
    expect(sessions.current()).toBeNull();
  });

  it('reports a network failure as offline, and an old client as update_required', async () => {
    const down: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    const sessions = memorySessionStore(session('a', 'r', Date.now() + 900_000));
    const offline = await createServerClient({ baseUrl: 'http://x', fetch: down, clientId: 'c', sessions })
      .pull({ cursor: 0 })
      .catch((e: unknown) => e);
    expect((offline as SyncClientError).code).toBe('offline');
    const old: FetchLike = async () =>
      reply(426, { error: { code: 'schema_version_unsupported', message: 'Hãy cập nhật' } });
    const update = await createServerClient({ baseUrl: 'http://x', fetch: old, clientId: 'c', sessions })
      .pull({ cursor: 0 })
      .catch((e: unknown) => e);
    expect((update as SyncClientError).code).toBe('update_required');
    expect(sessions.current()).not.toBeNull();
  });

  it('sends a page request whole: the snapshot keeps its maxBytes, absent options are not sent', async () => {
    const bodies: unknown[] = [];
    const fetch: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(String(init.body)));
      return reply(200, { records: [], spaces: [], after: null, hasMore: false, serverTime: 1 });
    };
    const sessions = memorySessionStore(session('a', 'r', Date.now() + 900_000));
    const client = createServerClient({ baseUrl: 'http://x', fetch, clientId: 'c', sessions });
    await client.snapshot({ after: 'p1', limit: 10, maxBytes: 50_000 }).catch(() => undefined);
    await client.snapshot().catch(() => undefined);
    expect(bodies).toEqual([
      { schemaVersion: SYNC_SCHEMA_VERSION, after: 'p1', limit: 10, maxBytes: 50_000 },
      { schemaVersion: SYNC_SCHEMA_VERSION },
    ]);
  });
});
