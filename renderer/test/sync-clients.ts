import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { uuidv7 } from '../../shared/ids/index.ts';
import { memorySessionStore } from '../../shared/sync/client/memory-sessions.ts';
import { createServerClient } from '../../shared/sync/client/server-client.ts';
import type { FetchLike } from '../../shared/sync/client/fetch-like.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import { openLocalDb, type LocalDb } from '../src/db/local-db.ts';
import type { WriteContext } from '../src/db/write.ts';
import { createSyncEngine, type SyncEngine } from '../src/sync/engine.ts';
import { createHttpTransport } from '../src/sync/http-transport.ts';
import { TransportError, type SyncTransport } from '../src/sync/transport.ts';

/** How the next transport call misbehaves: lost on the way out, lost on the way back, or sent twice. */
export type Fault = 'none' | 'drop_request' | 'drop_response' | 'duplicate';

export interface TestClient {
  name: string;
  db: LocalDb;
  write: WriteContext;
  engine: SyncEngine;
  /** This client's session with the server, as the engine reaches it (faults included). */
  transport: SyncTransport;
  /** Faults for the calls of the next sync round, consumed one per call. */
  faults: Fault[];
  /** Every change the server accepted from this client, by change id. */
  accepted: Map<string, RecordChange>;
}

/** Wraps a transport so a test can lose, repeat or reorder its messages, and records what was accepted. */
function faulty(inner: SyncTransport, client: Pick<TestClient, 'faults' | 'accepted'>): SyncTransport {
  const run = async <T>(call: () => Promise<T>): Promise<T> => {
    const fault = client.faults.shift() ?? 'none';
    if (fault === 'drop_request') throw new TransportError('offline', 'dropped on the way out');
    if (fault === 'duplicate') await call();
    const result = await call();
    if (fault === 'drop_response') throw new TransportError('offline', 'dropped on the way back');
    return result;
  };
  return {
    push: async (changes) => {
      const response = await run(() => inner.push(changes));
      const byId = new Map(changes.map((c) => [c.changeId, c]));
      for (const result of response.results) {
        const change = byId.get(result.changeId);
        if (result.status === 'accepted' && change) client.accepted.set(change.changeId, change);
      }
      return response;
    },
    pull: (cursor, options) => run(() => inner.pull(cursor, options)),
    snapshot: (after) => run(() => inner.snapshot(after)),
    conflicts: () => run(() => inner.conflicts()),
    access: () => run(() => inner.access()),
  };
}

let counter = 0;

/** A replica as the app has it: its own IndexedDB, its own session, the real engine, over HTTP. */
export async function createTestClient(
  serverUrl: string,
  user: { username: string; password: string },
  name: string,
  now: () => number = Date.now,
): Promise<TestClient> {
  counter += 1;
  const db = openLocalDb(`sync-client-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const server = createServerClient({
    baseUrl: serverUrl,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: `${name}-${uuidv7(Date.now())}`,
    sessions: memorySessionStore(),
    now,
  });
  await server.login(user.username, user.password);
  const state = { faults: [] as Fault[], accepted: new Map<string, RecordChange>() };
  const transport = faulty(createHttpTransport(server), state);
  const engine = createSyncEngine({ db, transport, now, pullLimit: 7 });
  return { name, db, write: { db, now, actorId: null }, engine, transport, ...state };
}

/** Runs a sync round, treating an injected network fault as the app does: the round just failed. */
export async function syncTolerant(client: TestClient): Promise<boolean> {
  try {
    await client.engine.syncOnce();
    return true;
  } catch (error) {
    if (error instanceof TransportError && error.code === 'offline') return false;
    throw error;
  }
}
