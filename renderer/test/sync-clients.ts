import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { uuidv7 } from '../../shared/ids/index.ts';
import { memorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import { createServerClient } from '../../shared/server-client/server-client.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import type { RecordChange } from '../../shared/sync/change.ts';
import type { SyncUser } from '../../shared/sync/protocol.ts';
import { openLocalDb, type LocalDb } from '../src/db/local-db.ts';
import type { WriteContext } from '../src/db/write.ts';
import { createSyncEngine, type SyncEngine } from '../src/sync-engine/engine.ts';
import { createHttpTransport } from '../src/sync-engine/http-transport.ts';
import { TransportError, type SyncTransport } from '../src/sync-engine/transport.ts';
import { createHttpDocumentTransport, type DocumentTransport } from '../src/documents/document-transport.ts';

/** How the next transport call misbehaves: lost on the way out, lost on the way back, or sent twice. */
export type Fault = 'none' | 'drop_request' | 'drop_response' | 'duplicate';

export interface TestClient {
  name: string;
  db: LocalDb;
  write: WriteContext;
  engine: SyncEngine;
  /** This client's session with the server, as the engine reaches it (faults included). */
  transport: SyncTransport;
  /** The documents API over the same session (the engine's transport here leaves documents out). */
  documents: DocumentTransport;
  /** Faults for the calls of the next sync round, consumed one per call. */
  faults: Fault[];
  /** Every change the server accepted from this client, by change id. */
  accepted: Map<string, RecordChange>;
  /** Who the server says this client is signed in as. */
  user: SyncUser;
  /** What happened on the wire: snapshot pages received, "resync required" answers. */
  seen: { snapshotPages: number; resyncs: number };
  /** Runs once after the next snapshot page arrives, before the engine asks for the one after it. */
  afterSnapshotPage: (() => Promise<void>) | null;
}

export interface TestClientOptions {
  now?: () => number;
  /**
   * The machine's IndexedDB and the working copy to open on it (a function of the signed-in user, as the
   * app's copy choice is); a fresh machine with a copy of its own by default.
   */
  machine?: { indexedDB: IDBFactory; open: (user: SyncUser) => Promise<LocalDb> };
  /** Records per snapshot page after the first (the first is the server's default). */
  snapshotPageLimit?: number;
}

/** Wraps a transport so a test can lose, repeat or reorder its messages, and records what was accepted. */
function faulty(
  inner: SyncTransport,
  client: Pick<TestClient, 'faults' | 'accepted' | 'seen' | 'afterSnapshotPage'>,
): SyncTransport {
  const run = async <T>(call: () => Promise<T>): Promise<T> => {
    const fault = client.faults.shift() ?? 'none';
    if (fault === 'drop_request') throw new TransportError('offline', 'dropped on the way out');
    if (fault === 'duplicate') await call();
    const result = await call().catch((error: unknown) => {
      if (error instanceof TransportError && error.code === 'resync_required') client.seen.resyncs += 1;
      throw error;
    });
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
    snapshot: async (after, limit) => {
      const page = await run(() => inner.snapshot(after, limit));
      client.seen.snapshotPages += 1;
      const hook = page.after === null ? null : client.afterSnapshotPage;
      client.afterSnapshotPage = null;
      await hook?.();
      return page;
    },
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
  nowOrOptions: (() => number) | TestClientOptions = {},
): Promise<TestClient> {
  const options = typeof nowOrOptions === 'function' ? { now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? Date.now;
  counter += 1;
  const server = createServerClient({
    baseUrl: serverUrl,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: `${name}-${uuidv7(Date.now())}`,
    sessions: memorySessionStore(),
    now,
  });
  const session = await server.login(user.username, user.password);
  const db = options.machine
    ? await options.machine.open(session.user)
    : openLocalDb(`sync-client-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const state = {
    faults: [] as Fault[],
    accepted: new Map<string, RecordChange>(),
    seen: { snapshotPages: 0, resyncs: 0 },
    afterSnapshotPage: null as (() => Promise<void>) | null,
  };
  const transport = faulty(createHttpTransport(server), state);
  const engine = createSyncEngine({
    db,
    transport,
    now,
    pullLimit: 7,
    ...(options.snapshotPageLimit ? { snapshotPageLimit: options.snapshotPageLimit } : {}),
  });
  // The state object is the client: the transport's counters and hook are read and set through it.
  return Object.assign(state, {
    name,
    db,
    write: { db, now, actorId: null },
    engine,
    transport,
    documents: createHttpDocumentTransport(server),
    user: session.user,
  });
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
