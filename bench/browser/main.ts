import { liveQuery } from 'dexie';
import { entityNames, type EntityName } from '../../shared/domain/registry.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import type { FetchLike } from '../../shared/sync/client/fetch-like.ts';
import {
  createServerClient,
  type ServerClient,
  type SessionStore,
} from '../../shared/sync/client/server-client.ts';
import type { Session, SnapshotResponse } from '../../shared/sync/protocol.ts';
import type { StoredRecord } from '../../shared/sync/record.ts';
import type { Task } from '../../shared/domain/task.ts';
import { openLocalDb, recordTable, type LocalDb } from '../../renderer/src/db/local-db.ts';
import { updateRecord } from '../../renderer/src/db/write.ts';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/sync/engine.ts';
import { createHttpTransport } from '../../renderer/src/sync/http-transport.ts';
import type { SyncTransport } from '../../renderer/src/sync/transport.ts';
import type { BenchApi, LatencySample, RoundTiming } from './api.ts';

type TaskRow = StoredRecord<Task>;

function memorySessions(): SessionStore {
  let session: Session | null = null;
  return {
    load: async () => session,
    save: async (next) => {
      session = next;
    },
    clear: async () => {
      session = null;
    },
  };
}

const wallNow = () => performance.timeOrigin + performance.now();

async function client(baseUrl: string, username: string, password: string): Promise<ServerClient> {
  const server = createServerClient({
    baseUrl,
    fetch: window.fetch.bind(window) as unknown as FetchLike,
    clientId: `bench-${uuidv7(Date.now())}`,
    sessions: memorySessions(),
  });
  await server.login(username, password);
  return server;
}

async function countRecords(db: LocalDb): Promise<number> {
  let total = 0;
  for (const name of entityNames) total += await db.table(name).count();
  return total;
}

/** Rows fetched by fetchSnapshot, kept for the raw bulkPut baseline. */
let fetched: SnapshotResponse['records'] = [];

/** One replica per page, for the propagation figure. */
let replica: {
  db: LocalDb;
  engine: SyncEngine;
  stats: TransportStats;
} | null = null;

interface TransportStats {
  ms: Record<string, number>;
  calls: Record<string, number>;
}

/** The real transport with the time spent awaiting each method added to `ms` (and counted in `calls`). */
function timedTransport(http: SyncTransport, stats: TransportStats) {
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

function nextValue(previous: number): number {
  return previous >= 99 ? 1 : previous + 1;
}

const api: BenchApi = {
  async initialSync(baseUrl, username, password, dbName) {
    const server = await client(baseUrl, username, password);
    const db = openLocalDb(dbName);
    await db.open();
    const http = createHttpTransport(server);
    let transportMs = 0;
    let pages = 0;
    const timed = async <T>(work: () => Promise<T>): Promise<T> => {
      const t = performance.now();
      try {
        return await work();
      } finally {
        transportMs += performance.now() - t;
      }
    };
    // Every call of the real transport, timed; methods not listed here pass through unchanged.
    const transport: SyncTransport = {
      ...http,
      push: (...args) => timed(() => http.push(...args)),
      pull: (...args) => timed(() => http.pull(...args)),
      snapshot: (...args) => {
        pages += 1;
        return timed(() => http.snapshot(...args));
      },
      conflicts: (...args) => timed(() => http.conflicts(...args)),
    };
    let firstPageMs = -1;
    const start = performance.now();
    const engine = createSyncEngine({
      db,
      transport,
      onProgress: (p) => {
        if (p.phase === 'snapshot' && firstPageMs < 0) firstPageMs = performance.now() - start;
      },
    });
    await engine.syncOnce();
    const ms = performance.now() - start;
    const records = await countRecords(db);
    db.close();
    return { ms, firstPageMs, transportMs, records, pages };
  },

  async fetchSnapshot(baseUrl, username, password) {
    const server = await client(baseUrl, username, password);
    const start = performance.now();
    const rows: SnapshotResponse['records'] = [];
    let after: string | undefined;
    let pages = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const page = await server.snapshot(after);
      pages += 1;
      rows.push(...page.records);
      if (page.after === null) break;
      after = page.after;
    }
    fetched = rows;
    return { ms: performance.now() - start, records: rows.length, pages };
  },

  async bulkPut(dbName) {
    const db = openLocalDb(dbName);
    await db.open();
    const byEntity = new Map<string, unknown[]>();
    for (const { entity, record } of fetched) {
      const list = byEntity.get(entity) ?? [];
      list.push(record);
      byEntity.set(entity, list);
    }
    const start = performance.now();
    await db.transaction(
      'rw',
      entityNames.map((name) => db.table(name)),
      async () => {
        for (const [entity, rows] of byEntity) await db.table(entity).bulkPut(rows);
      },
    );
    const ms = performance.now() - start;
    const records = await countRecords(db);
    db.close();
    return { ms, records };
  },

  async prepareTasks(fromDb, toDb, count) {
    const source = openLocalDb(fromDb);
    const tasks = await source.task.limit(count).toArray();
    source.close();
    const target = openLocalDb(toDb);
    await target.task.bulkPut(tasks);
    const stored = await target.task.count();
    target.close();
    return stored;
  },

  async editLatency(dbName, mode, edits, warmup) {
    const db = openLocalDb(dbName);
    await db.open();
    const first = await db.task.toCollection().first();
    if (!first) throw new Error('no tasks');
    const unit = first.leadUnitId;
    // A list screen: up to 100 tasks of one lead unit, re-queried live.
    const query = (): Promise<TaskRow[]> => db.task.where('leadUnitId').equals(unit).limit(100).toArray();
    const ids = (await query()).map((t) => t.id);
    let latest: Map<string, number> = new Map();
    let waiter: { id: string; value: number; resolve: () => void } | null = null;
    const subscription = liveQuery(query).subscribe({
      next: (rows: TaskRow[]) => {
        latest = new Map(rows.map((row) => [row.id, row.progress]));
        if (waiter && latest.get(waiter.id) === waiter.value) {
          const w = waiter;
          waiter = null;
          w.resolve();
        }
      },
    });
    const ctx = { db, now: Date.now, actorId: null };
    const sample: LatencySample = { visibleMs: [], commitMs: [], listSize: ids.length };
    try {
      for (let i = 0; i < warmup + edits; i += 1) {
        const id = ids[i % ids.length] ?? first.id;
        const current = await db.task.get(id);
        if (!current) throw new Error(`task ${id} missing`);
        const value = nextValue(current.progress);
        const seen = new Promise<void>((resolve, reject) => {
          waiter = { id, value, resolve };
          setTimeout(() => reject(new Error('live query did not update within 5 s')), 5000);
        });
        const start = performance.now();
        if (mode === 'engine') await updateRecord(ctx, 'task', id, { progress: value });
        else await db.task.put({ ...current, progress: value });
        const committed = performance.now();
        await seen;
        const visible = performance.now();
        if (i >= warmup) {
          sample.commitMs.push(committed - start);
          sample.visibleMs.push(visible - start);
        }
      }
    } finally {
      subscription.unsubscribe();
      db.close();
    }
    return sample;
  },

  async login(baseUrl, username, password, dbName) {
    const server = await client(baseUrl, username, password);
    const db = openLocalDb(dbName);
    await db.open();
    const stats: TransportStats = { ms: {}, calls: {} };
    const transport = timedTransport(createHttpTransport(server), stats);
    replica = { db, engine: createSyncEngine({ db, transport }), stats };
  },

  async syncOnce() {
    const r = replica;
    if (!r) throw new Error('login first');
    r.stats.ms = {};
    r.stats.calls = {};
    const historyBefore = await r.db.history.count();
    const start = performance.now();
    const report = await r.engine.syncOnce();
    const timing: RoundTiming = {
      ms: performance.now() - start,
      transportMs: { ...r.stats.ms },
      calls: { ...r.stats.calls },
      records: report.pulled + report.snapshotRecords + report.pushed,
      historyRows: (await r.db.history.count()) - historyBefore,
    };
    return timing;
  },

  async firstTaskId() {
    if (!replica) throw new Error('login first');
    const task = await replica.db.task.toCollection().first();
    if (!task) throw new Error('no tasks');
    return task.id;
  },

  async editAndPush(taskId, progress) {
    if (!replica) throw new Error('login first');
    const start = wallNow();
    await updateRecord({ db: replica.db, now: Date.now, actorId: null }, 'task', taskId, { progress });
    await replica.engine.syncOnce();
    return { start, pushed: wallNow() };
  },

  async watchUntil(taskId, progress, pollMs, timeoutMs) {
    const r = replica;
    if (!r) throw new Error('login first');
    return new Promise<number>((resolve, reject) => {
      let done = false;
      const deadline = performance.now() + timeoutMs;
      const subscription = liveQuery(() => recordTable(r.db, 'task' as EntityName).get(taskId)).subscribe({
        next: (row) => {
          if (!done && row && (row as { progress?: number }).progress === progress) {
            done = true;
            subscription.unsubscribe();
            resolve(wallNow());
          }
        },
      });
      const poll = async () => {
        while (!done && performance.now() < deadline) {
          await r.engine.syncOnce();
          await new Promise((next) => setTimeout(next, pollMs));
        }
        if (!done) {
          done = true;
          subscription.unsubscribe();
          reject(new Error('change did not arrive in time'));
        }
      };
      void poll();
    });
  },

  async localEdits(count) {
    const r = replica;
    if (!r) throw new Error('login first');
    const tasks = await r.db.task.limit(count).toArray();
    if (tasks.length === 0) throw new Error('no tasks to edit');
    const ctx = { db: r.db, now: Date.now, actorId: null };
    const start = performance.now();
    // `count` edits, cycling over the tasks when there are fewer than `count`.
    for (let i = 0; i < count; i += 1) {
      const task = tasks[i % tasks.length];
      if (!task) break;
      task.progress = nextValue(task.progress);
      await updateRecord(ctx, 'task', task.id, { progress: task.progress });
    }
    return performance.now() - start;
  },

  async close() {
    replica?.db.close();
    replica = null;
  },
};

(window as unknown as { bench: BenchApi }).bench = api;
document.title = 'bench ready';
