import type { z } from 'zod';
import type { RecordChange } from '../sync/change.ts';
import {
  API_PATHS,
  apiErrorSchema,
  conflictsResponseSchema,
  historyResponseSchema,
  meResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  sessionSchema,
  snapshotResponseSchema,
  SYNC_SCHEMA_VERSION,
  type Session,
} from '../sync/protocol.ts';
import { clientCodeFor, SyncClientError } from './client-error.ts';
import type { FetchLike } from './fetch-like.ts';

/** Where the session (tokens) is kept: Electron's safeStorage, a 0600 file, or memory in tests. */
export interface SessionStore {
  load(): Promise<Session | null>;
  save(session: Session): Promise<void>;
  clear(): Promise<void>;
}

export interface ServerClientOptions {
  baseUrl: string;
  fetch: FetchLike;
  clientId: string;
  sessions: SessionStore;
  now?: () => number;
}

/** Refresh a little before the access token expires, so a request never races its expiry. */
const REFRESH_MARGIN_MS = 30_000;

/**
 * The district server's API for one client: typed requests validated on the way back, the access token
 * refreshed when it expires (one refresh at a time), network failures reported as `offline`.
 */
export function createServerClient(options: ServerClientOptions) {
  const now = options.now ?? Date.now;
  const base = options.baseUrl.replace(/\/+$/, '');
  let refreshing: Promise<Session> | null = null;

  async function send(method: string, path: string, body: unknown, token: string | null) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await options.fetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new SyncClientError('offline', `Không kết nối được máy chủ: ${String(error)}`);
    }
  }

  async function parse<T extends z.ZodType>(
    response: Awaited<ReturnType<typeof send>>,
    schema: T,
  ): Promise<z.output<T>> {
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      throw new SyncClientError('server_error', 'Máy chủ trả lời không đúng định dạng', response.status);
    }
    if (response.status >= 400) {
      const error = apiErrorSchema.safeParse(json);
      const code = error.success ? error.data.error.code : null;
      const retry = Number(response.headers.get('retry-after'));
      throw new SyncClientError(
        clientCodeFor(response.status, code),
        error.success ? error.data.error.message : `Máy chủ báo lỗi ${response.status}`,
        response.status,
        Number.isFinite(retry) && retry > 0 ? retry : null,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new SyncClientError('server_error', 'Máy chủ trả lời không đúng định dạng', response.status);
    return parsed.data;
  }

  async function refresh(session: Session): Promise<Session> {
    refreshing ??= (async () => {
      try {
        const response = await send(
          'POST',
          API_PATHS.refresh,
          { refreshToken: session.refreshToken, clientId: options.clientId },
          null,
        );
        const next = await parse(response, sessionSchema);
        await options.sessions.save(next);
        return next;
      } catch (error) {
        if (error instanceof SyncClientError && error.code === 'unauthorized') await options.sessions.clear();
        throw error;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  }

  async function currentSession(): Promise<Session> {
    const session = await options.sessions.load();
    if (!session) throw new SyncClientError('unauthorized', 'Chưa đăng nhập');
    return session.accessExpiresAt - REFRESH_MARGIN_MS <= now() ? refresh(session) : session;
  }

  async function authed<T extends z.ZodType>(
    method: string,
    path: string,
    body: unknown,
    schema: T,
  ): Promise<z.output<T>> {
    const session = await currentSession();
    try {
      return await parse(await send(method, path, body, session.accessToken), schema);
    } catch (error) {
      if (!(error instanceof SyncClientError) || error.code !== 'unauthorized') throw error;
      const renewed = await refresh(session);
      return parse(await send(method, path, body, renewed.accessToken), schema);
    }
  }

  return {
    async login(username: string, password: string): Promise<Session> {
      const response = await send(
        'POST',
        API_PATHS.login,
        { username, password, clientId: options.clientId },
        null,
      );
      const session = await parse(response, sessionSchema);
      await options.sessions.save(session);
      return session;
    },
    async logout(): Promise<void> {
      const session = await options.sessions.load();
      await options.sessions.clear();
      if (session)
        await send('POST', API_PATHS.logout, { refreshToken: session.refreshToken }, null).catch(
          () => undefined,
        );
    },
    me: () => authed('GET', API_PATHS.me, undefined, meResponseSchema),
    push: (changes: RecordChange[]) =>
      authed(
        'POST',
        API_PATHS.push,
        { schemaVersion: SYNC_SCHEMA_VERSION, clientId: options.clientId, changes },
        pushResponseSchema,
      ),
    pull: (cursor: number, limit?: number, maxBytes?: number) =>
      authed(
        'POST',
        API_PATHS.pull,
        {
          schemaVersion: SYNC_SCHEMA_VERSION,
          cursor,
          ...(limit ? { limit } : {}),
          ...(maxBytes ? { maxBytes } : {}),
        },
        pullResponseSchema,
      ),
    snapshot: (after?: string, limit?: number) =>
      authed(
        'POST',
        API_PATHS.snapshot,
        { schemaVersion: SYNC_SCHEMA_VERSION, ...(after ? { after } : {}), ...(limit ? { limit } : {}) },
        snapshotResponseSchema,
      ),
    conflicts: () => authed('GET', API_PATHS.conflicts, undefined, conflictsResponseSchema),
    resolveConflict: (id: string) =>
      authed(
        'POST',
        `${API_PATHS.conflicts}/${encodeURIComponent(id)}/resolve`,
        {},
        resolveConflictResponseSchema,
      ),
    history: (entity: string, id: string) =>
      authed(
        'GET',
        `/records/${encodeURIComponent(entity)}/${encodeURIComponent(id)}/history`,
        undefined,
        historyResponseSchema,
      ),
  };
}

export type ServerClient = ReturnType<typeof createServerClient>;
