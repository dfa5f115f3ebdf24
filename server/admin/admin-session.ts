import { randomUUID } from 'node:crypto';
import { chmod, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { serverMessage } from '../../shared/i18n/server.ts';
import { SyncClientError } from '../../shared/server-client/client-error.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { memorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import {
  createServerClient,
  type ServerClient,
  type SessionStore,
} from '../../shared/server-client/server-client.ts';
import { sessionSchema, type Session } from '../../shared/sync/protocol.ts';
import { need, type Ask, type Values } from './admin-options.ts';
import { AdminError } from './user-admin.ts';

/**
 * How the admin CLI reaches a running server: `--server URL --as <admin>` signs in for one command (the
 * password is asked, never an option) and signs out after it; `admin login … --token-file F` keeps the
 * session in F (mode 0600) for the commands that follow with `--token-file F`, until `admin logout`.
 * The session is the app's: refresh tokens rotate, and the file is rewritten each time they do.
 */
const tokenFileSchema = z
  .object({ serverUrl: z.string().url(), clientId: z.string().min(1), session: sessionSchema })
  .strict();
type TokenFile = z.infer<typeof tokenFileSchema>;

async function readTokenFile(path: string): Promise<TokenFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AdminError(serverMessage('admin.tokenFileUnreadable', { file: path, error: String(error) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = tokenFileSchema.safeParse(json);
  if (!parsed.success)
    throw new AdminError(serverMessage('admin.tokenFileUnreadable', { file: path, error: 'JSON' }));
  return parsed.data;
}

async function writeTokenFile(path: string, content: TokenFile): Promise<void> {
  const temporary = `${path}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(content)}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

/** A session store backed by the token file: a rotated refresh token is written back at once. */
function fileSessions(path: string, file: TokenFile): SessionStore {
  let current: Session | null = file.session;
  return {
    load: async () => current,
    save: async (session) => {
      current = session;
      await writeTokenFile(path, { ...file, session });
    },
    clear: async () => {
      current = null;
      await rm(path, { force: true });
    },
  };
}

/** A server refusal as the operator reads it: its own message (Vietnamese), one line. */
export async function asAdminError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncClientError) throw new AdminError(error.message);
    throw error;
  }
}

export interface RemoteSession {
  server: ServerClient;
  /** Ends a one-command session (signs out); keeps a token file's. */
  finish(): Promise<void>;
}

function requireAdmin(session: Session, username: string) {
  if (!session.user.isAdmin) throw new AdminError(serverMessage('admin.needAdmin', { username }));
}

async function signIn(values: Values, ask: Ask, fetch: FetchLike, sessions: SessionStore, clientId: string) {
  const serverUrl = need(values, 'server');
  const username = need(values, 'as');
  const server = createServerClient({ baseUrl: serverUrl, clientId, sessions, fetch });
  const password = await ask('password', serverMessage('admin.askPassword', { username, server: serverUrl }));
  const session = await asAdminError(() => server.login(username, password));
  if (!session.user.isAdmin) {
    await server.logout();
    requireAdmin(session, username);
  }
  return { server, serverUrl, session };
}

/** The server to run a command against: from the token file, or a sign-in for this one command. */
export async function openRemote(values: Values, ask: Ask, fetch: FetchLike): Promise<RemoteSession> {
  const tokenFile = values['token-file'];
  if (tokenFile !== undefined) {
    const file = await readTokenFile(tokenFile);
    const baseUrl = values.server ?? file.serverUrl;
    const sessions = fileSessions(tokenFile, file);
    const server = createServerClient({ baseUrl, clientId: file.clientId, sessions, fetch });
    return { server, finish: async () => undefined };
  }
  const { server } = await signIn(values, ask, fetch, memorySessionStore(), `admin-cli-${randomUUID()}`);
  return { server, finish: () => server.logout() };
}

/** `admin login --server URL --as <admin> --token-file F`: signs in and keeps the session in F. */
export async function login(values: Values, ask: Ask, fetch: FetchLike) {
  const path = need(values, 'token-file');
  const clientId = `admin-cli-${randomUUID()}`;
  const held = memorySessionStore();
  const { serverUrl, session } = await signIn(values, ask, fetch, held, clientId);
  await writeTokenFile(path, { serverUrl, clientId, session });
  return { serverUrl, username: session.user.username, tokenFile: path };
}

/** `admin logout --token-file F`: ends the kept session on the server and deletes F. */
export async function logout(values: Values, fetch: FetchLike) {
  const path = need(values, 'token-file');
  const { server } = await openRemote(values, async () => '', fetch);
  await server.logout();
  await rm(path, { force: true });
  return { ok: true };
}
