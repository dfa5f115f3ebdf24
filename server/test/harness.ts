import { randomBytes } from 'node:crypto';
import type { Role, Session } from '../../shared/sync/protocol.ts';
import { createUser, grantRole } from '../admin/user-admin.ts';
import type { Argon2Params } from '../auth/password.ts';
import type { ServerSettings } from '../context.ts';
import { startServer, type RunningServer } from '../server.ts';
import type { TestBackend, TestDatabase } from './backends.ts';

/** A real server on 127.0.0.1 with a fresh database, a movable clock and quick password hashing. */
export const QUICK_ARGON2: Argon2Params = { memoryKiB: 64, passes: 2, parallelism: 1 };

export interface TestServer extends RunningServer {
  /** Milliseconds added to the real clock: move time forward to expire tokens. */
  clock: { offset: number };
  testDatabase: TestDatabase;
  stop(): Promise<void>;
}

export async function startTestServer(
  backend: TestBackend,
  settings: Partial<ServerSettings> = {},
  testDatabase?: TestDatabase,
): Promise<TestServer> {
  const database = testDatabase ?? (await backend.create());
  const clock = { offset: 0 };
  const server = await startServer({
    database: database.config,
    settings: { argon2: QUICK_ARGON2, ...settings },
    now: () => Date.now() + clock.offset,
  });
  let stopped: Promise<void> | null = null;
  return {
    ...server,
    clock,
    testDatabase: database,
    stop: () => {
      stopped ??= server.close().then(() => (testDatabase ? undefined : database.drop()));
      return stopped;
    },
  };
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** One HTTP call with JSON in and out. */
export async function api<T = Record<string, unknown>>(
  server: { url: string },
  method: string,
  path: string,
  options: { body?: unknown; token?: string; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${server.url}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

let userCounter = 0;

/** Creates an account (and its grants) straight in the server's database. */
export async function createTestUser(
  server: RunningServer,
  options: {
    unitId?: string;
    isAdmin?: boolean;
    grants?: Array<{ spaceId: string; role: Role }>;
    name?: string;
  } = {},
): Promise<TestUser> {
  userCounter += 1;
  const username = `user${userCounter}.${randomBytes(3).toString('hex')}`;
  const password = `mat-khau-${randomBytes(4).toString('hex')}`;
  const user = await createUser(server.database, {
    username,
    password,
    displayName: options.name ?? `Cán bộ ${userCounter}`,
    unitId: options.unitId ?? null,
    isAdmin: options.isAdmin ?? false,
    argon2: QUICK_ARGON2,
  });
  for (const grant of options.grants ?? []) await grantRole(server.database, { username, ...grant });
  return { id: user.id, username, password };
}

export async function login(
  server: { url: string },
  user: TestUser,
  clientId = 'client-a',
): Promise<Session> {
  const answer = await api<Session>(server, 'POST', '/auth/login', {
    body: { username: user.username, password: user.password, clientId },
  });
  if (answer.status !== 200) throw new Error(`Login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A promise and the function that settles it. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
