import type { z } from 'zod';
import { API_PATHS, apiErrorSchema, sessionSchema, type Session } from '../sync/protocol.ts';
import { clientCodeFor, SyncClientError } from './client-error.ts';
import type { FetchLike } from './fetch-like.ts';

/** Where the session (tokens) is kept: Electron's safeStorage, a 0600 file, or memory in tests. */
export interface SessionStore {
  load(): Promise<Session | null>;
  save(session: Session): Promise<void>;
  clear(): Promise<void>;
}

export interface RequestOptions {
  baseUrl: string;
  fetch: FetchLike;
  clientId: string;
  sessions: SessionStore;
  now?: () => number;
}

/** Refresh a little before the access token expires, so a request never races its expiry. */
const REFRESH_MARGIN_MS = 30_000;

type Response = Awaited<ReturnType<FetchLike>>;

/** One HTTP request; a network failure is `offline`. */
function sender(options: RequestOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  return async function send(method: string, path: string, body: unknown, token: string | null) {
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
  };
}

/** The answer validated against its schema; an error answer becomes a `SyncClientError` with its code. */
async function parse<T extends z.ZodType>(response: Response, schema: T): Promise<z.output<T>> {
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

/**
 * Requests of one client to the district server: plain ones (sign-in) and authenticated ones, whose access
 * token is refreshed when it is about to expire or the server says it has (one refresh at a time).
 */
export function createRequester(options: RequestOptions) {
  const now = options.now ?? Date.now;
  const send = sender(options);
  let refreshing: Promise<Session> | null = null;

  async function renew(session: Session): Promise<Session> {
    try {
      const body = { refreshToken: session.refreshToken, clientId: options.clientId };
      const next = await parse(await send('POST', API_PATHS.refresh, body, null), sessionSchema);
      await options.sessions.save(next);
      return next;
    } catch (error) {
      if (error instanceof SyncClientError && error.code === 'unauthorized') await options.sessions.clear();
      throw error;
    }
  }

  function refresh(session: Session): Promise<Session> {
    refreshing ??= renew(session).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function currentSession(): Promise<Session> {
    const session = await options.sessions.load();
    if (!session) throw new SyncClientError('unauthorized', 'Chưa đăng nhập');
    return session.accessExpiresAt - REFRESH_MARGIN_MS <= now() ? refresh(session) : session;
  }

  return {
    /** A request without the session (sign-in, sign-out). */
    plain: async <T extends z.ZodType>(path: string, body: unknown, schema: T) =>
      parse(await send('POST', path, body, null), schema),
    /** Sends without reading the answer (sign-out, which must not fail the user's action). */
    send,
    async authed<T extends z.ZodType>(method: string, path: string, body: unknown, schema: T) {
      const session = await currentSession();
      try {
        return await parse(await send(method, path, body, session.accessToken), schema);
      } catch (error) {
        if (!(error instanceof SyncClientError) || error.code !== 'unauthorized') throw error;
        const renewed = await refresh(session);
        return parse(await send(method, path, body, renewed.accessToken), schema);
      }
    },
  };
}
