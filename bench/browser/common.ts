import { entityNames } from '../../shared/domain/registry.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { memorySessionStore, type MemorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import { createServerClient, type ServerClient } from '../../shared/server-client/server-client.ts';
import type { LocalDb } from '../../renderer/src/db/local-db.ts';
import type { SyncTransport } from '../../renderer/src/sync-engine/transport.ts';

/** Wall-clock ms, comparable between pages of one browser. */
export const wallNow = () => performance.timeOrigin + performance.now();

export async function client(
  baseUrl: string,
  username: string,
  password: string,
  sessions: MemorySessionStore = memorySessionStore(),
): Promise<ServerClient> {
  const server = createServerClient({
    baseUrl,
    fetch: window.fetch.bind(window) as unknown as FetchLike,
    clientId: `bench-${uuidv7(Date.now())}`,
    sessions,
  });
  await server.login(username, password);
  return server;
}

export async function countRecords(db: LocalDb): Promise<number> {
  let total = 0;
  for (const name of entityNames) total += await db.table(name).count();
  return total;
}

export function nextValue(previous: number): number {
  return previous >= 99 ? 1 : previous + 1;
}

export interface TransportStats {
  ms: Record<string, number>;
  calls: Record<string, number>;
}

/** The real transport with the time spent awaiting each method added to `ms` (and counted in `calls`). */
export function timedTransport(http: SyncTransport, stats: TransportStats): SyncTransport {
  const timed =
    <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const t = performance.now();
      try {
        return await fn(...args);
      } finally {
        stats.ms[name] = (stats.ms[name] ?? 0) + performance.now() - t;
        stats.calls[name] = (stats.calls[name] ?? 0) + 1;
      }
    };
  const transport: SyncTransport = { ...http };
  for (const key of Object.keys(http) as Array<keyof SyncTransport>) {
    const fn = http[key] as (...args: unknown[]) => Promise<unknown>;
    (transport as unknown as Record<string, unknown>)[key] = timed(key, fn);
  }
  return transport;
}
