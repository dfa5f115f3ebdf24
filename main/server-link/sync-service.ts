import { mainMessage } from '../../shared/i18n/main.ts';
import { join } from 'node:path';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { toIpcErrorCode } from '../../shared/ipc/sync-errors.ts';
import { SyncClientError } from '../../shared/server-client/client-error.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { createServerClient, type ServerClient } from '../../shared/server-client/server-client.ts';
import type { LiveNotice, SyncUser } from '../../shared/sync/protocol.ts';
import { HandlerFailure, type Emit } from '../ipc/handlers.ts';
import type { Logger } from '../log/logger.ts';
import { startLiveConnection } from './live-connection.ts';
import { createPresenceCache, type PresenceCache } from './presence-cache.ts';
import { createFileSessionStore, plainCodec, type SecretCodec } from './session-store.ts';
import { createSyncConfig } from './sync-config.ts';

type SyncConfig = ReturnType<typeof createSyncConfig>;
type SessionStore = ReturnType<typeof createFileSessionStore>;

/** A token handed out for a file transfer has at least this long to live. */
const CREDENTIALS_MARGIN_MS = 60_000;

/** The server client for the configured server, made again when the user signs in to another one. */
function serverClientFor(deps: {
  config: SyncConfig;
  sessions: SessionStore;
  fetch: FetchLike;
  now: () => number;
}): () => Promise<ServerClient> {
  let client: { url: string; api: ServerClient } | null = null;
  return async () => {
    const { serverUrl, clientId } = await deps.config.load();
    if (!serverUrl) throw new HandlerFailure('unauthorized', mainMessage('sync.noServer'));
    if (client?.url !== serverUrl) {
      const { sessions, fetch, now } = deps;
      const api = createServerClient({ baseUrl: serverUrl, clientId, sessions, fetch, now });
      client = { url: serverUrl, api };
    }
    return client.api;
  };
}

/** The live socket's address with a fresh access token (asking `me` first refreshes an expired one). */
async function liveUrl(
  sessions: SessionStore,
  config: SyncConfig,
  api: () => Promise<ServerClient>,
): Promise<string | null> {
  const session = await sessions.load();
  const { serverUrl } = await config.load();
  if (!session || !serverUrl) return null;
  await api()
    .then((server) => server.me())
    .catch(() => undefined);
  const fresh = await sessions.load();
  if (!fresh) return null;
  const base = serverUrl.replace(/^http/, 'ws').replace(/\/+$/, '');
  return `${base}/sync/live?token=${encodeURIComponent(fresh.accessToken)}`;
}

/**
 * The server's address and an access token fresh enough to use now, for the file transfers the JSON client
 * does not carry (tus uploads, Range downloads: main/blobs/); null when signed out. Asking the server who
 * we are refreshes a token about to expire, or (`renew`) one the server has just refused with 401.
 */
async function credentialsFor(
  deps: {
    config: SyncConfig;
    sessions: SessionStore;
    call: <T>(work: (server: ServerClient) => Promise<T>) => Promise<T>;
    now: () => number;
  },
  renew: boolean,
): Promise<{ serverUrl: string; accessToken: string } | null> {
  const { serverUrl } = await deps.config.load();
  const session = await deps.sessions.load();
  if (!serverUrl || !session) return null;
  if (renew || session.accessExpiresAt - CREDENTIALS_MARGIN_MS <= deps.now())
    await deps.call((server) => server.me());
  const fresh = await deps.sessions.load();
  return fresh ? { serverUrl, accessToken: fresh.accessToken } : null;
}

/** A live notice to the renderer: new changes to pull, a document that grew, who has a document open. */
function noticeRouter(emit: Emit, presence: PresenceCache) {
  return (notice: LiveNotice) => {
    if (notice.type === 'changes') emit('sync.notice', { version: notice.version });
    else if (notice.type === 'document') emit('documents.notice', { docId: notice.docId, seq: notice.seq });
    else presence.receive(notice.docId, notice.users);
  };
}

export interface SyncServiceOptions {
  userDataDir: string;
  /** Electron's safeStorage; plain text in a 0600 file when the host has no keychain. */
  codec?: SecretCodec;
  fetch?: FetchLike;
  emit: Emit;
  log: Logger;
  now: () => number;
}

/**
 * Main's side of sync: it alone talks to the district server (HTTP and the live WebSocket), keeps the
 * tokens, and tells the renderer when it goes online or offline and when new changes exist.
 */
export function createSyncService(options: SyncServiceOptions) {
  const config = createSyncConfig(options.userDataDir, options.now);
  const sessions = createFileSessionStore(
    join(options.userDataDir, 'session.bin'),
    options.codec ?? plainCodec,
  );
  const fetchImpl = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  let online = false;
  let live: ReturnType<typeof startLiveConnection> | null = null;
  /** The documents the window has open (documents.presence.set), told to every new live socket. */
  let openDocs: readonly string[] = [];
  const presence = createPresenceCache((payload) => options.emit('documents.presence', payload));

  const status = async (): Promise<ChannelOutput<'auth.status'>> => ({
    serverUrl: (await config.load()).serverUrl,
    user: (await sessions.load())?.user ?? null,
    online,
  });

  const setOnline = async (next: boolean) => {
    if (next === online) return;
    online = next;
    options.emit('sync.connection', await status());
  };

  const api = serverClientFor({ config, sessions, fetch: fetchImpl, now: options.now });

  /** Runs a server call, tracking connectivity and turning client errors into typed IPC failures. */
  const call = async <T>(work: (server: ServerClient) => Promise<T>): Promise<T> => {
    try {
      const result = await work(await api());
      await setOnline(true);
      return result;
    } catch (error) {
      if (!(error instanceof SyncClientError)) throw error;
      await setOnline(error.code !== 'offline');
      if (error.code === 'unauthorized') options.emit('sync.connection', await status());
      throw new HandlerFailure(toIpcErrorCode(error.code), error.message);
    }
  };

  const startLive = () => {
    live?.stop();
    live = startLiveConnection({
      url: () => liveUrl(sessions, config, api),
      onNotice: noticeRouter(options.emit, presence),
      onState: (connected) => (connected ? void setOnline(true) : presence.clear()),
      log: options.log,
      presence: openDocs,
    });
  };

  void sessions.load().then((session) => session && startLive());

  return {
    status,
    async login(input: {
      serverUrl: string;
      username: string;
      password: string;
    }): Promise<ChannelOutput<'auth.login'>> {
      await config.setServerUrl(input.serverUrl);
      const session = await call((server) => server.login(input.username, input.password));
      startLive();
      const user: SyncUser = session.user;
      const next = { serverUrl: input.serverUrl, user, online };
      options.emit('sync.connection', next);
      return next;
    },
    async logout(): Promise<ChannelOutput<'auth.logout'>> {
      live?.stop();
      live = null;
      presence.clear();
      await (await api().catch(() => null))?.logout();
      await sessions.clear();
      const next = await status();
      options.emit('sync.connection', next);
      return next;
    },
    call,
    credentials: (renew = false) => credentialsFor({ config, sessions, call, now: options.now }, renew),
    /** The documents the window has open now: told to the server; answers who is known to have them open. */
    setPresence(docIds: readonly string[]): ChannelOutput<'documents.presence.set'> {
      openDocs = [...docIds];
      live?.setPresence(openDocs);
      return { presence: presence.of(openDocs) };
    },
    stop: () => live?.stop(),
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
