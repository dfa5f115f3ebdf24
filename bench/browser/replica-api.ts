import { liveQuery } from 'dexie';
import type { EntityName } from '../../shared/domain/registry.ts';
import { liveNoticeSchema } from '../../shared/sync/protocol.ts';
import { openLocalDb, recordTable, type LocalDb } from '../../renderer/src/db/local-db.ts';
import { updateRecord } from '../../renderer/src/db/write.ts';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/sync-engine/engine.ts';
import { createHttpTransport } from '../../renderer/src/sync-engine/http-transport.ts';
import { createSyncScheduler, type SyncScheduler } from '../../renderer/src/sync-engine/scheduler.ts';
import type { BenchApi, RoundTiming } from './api.ts';
import { memorySessionStore, type MemorySessionStore } from '../../shared/server-client/memory-sessions.ts';
import { client, nextValue, timedTransport, wallNow } from './common.ts';
import type { TransportStats } from './common.ts';

/** One replica per page, for the propagation and catch-up figures. */
let replica: {
  db: LocalDb;
  engine: SyncEngine;
  stats: TransportStats;
  sessions: MemorySessionStore;
  live: { scheduler: SyncScheduler; socket: WebSocket } | null;
} | null = null;

function current() {
  if (!replica) throw new Error('login first');
  return replica;
}

type ReplicaApi = Pick<
  BenchApi,
  | 'login'
  | 'syncOnce'
  | 'firstTaskId'
  | 'editAndPush'
  | 'watchUntil'
  | 'localEdits'
  | 'startLive'
  | 'stopLive'
  | 'edit'
  | 'close'
>;

export const replicaApi: ReplicaApi = {
  async login(baseUrl, username, password, dbName) {
    const sessions = memorySessionStore();
    const server = await client(baseUrl, username, password, sessions);
    const db = openLocalDb(dbName);
    await db.open();
    const stats: TransportStats = { ms: {}, calls: {} };
    const transport = timedTransport(createHttpTransport(server), stats);
    replica = { db, engine: createSyncEngine({ db, transport }), stats, sessions, live: null };
  },

  async syncOnce() {
    const r = current();
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
    const task = await current().db.task.toCollection().first();
    if (!task) throw new Error('no tasks');
    return task.id;
  },

  async editAndPush(taskId, progress) {
    const r = current();
    const start = wallNow();
    await updateRecord({ db: r.db, now: Date.now, actorId: null }, 'task', taskId, { progress });
    await r.engine.syncOnce();
    return { start, pushed: wallNow() };
  },

  /**
   * As the app runs: the real scheduler (pushes shortly after an outbox entry, pulls when told) and the
   * server's live WebSocket, whose notices request a round — what main's live connection does in the app.
   */
  async startLive(liveBaseUrl) {
    const r = current();
    if (r.live) return;
    const token = r.sessions.current()?.accessToken;
    if (!token) throw new Error('no session');
    const scheduler = createSyncScheduler({
      engine: r.engine,
      db: r.db,
      report: (p) => console.debug(`scheduler ${JSON.stringify(p)}`),
    });
    const socket = new WebSocket(`${liveBaseUrl}/sync/live?token=${encodeURIComponent(token)}`);
    socket.addEventListener('message', (event) => {
      console.debug(`live notice ${String(event.data)}`);
      const notice = liveNoticeSchema.safeParse(JSON.parse(String(event.data)));
      if (notice.success) scheduler.request();
    });
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve());
      socket.addEventListener('error', () => reject(new Error('live socket failed')));
    });
    r.live = { scheduler, socket };
  },

  async stopLive() {
    const r = current();
    r.live?.scheduler.stop();
    r.live?.socket.close();
    r.live = null;
  },

  async edit(taskId, progress) {
    const r = current();
    const start = wallNow();
    await updateRecord({ db: r.db, now: Date.now, actorId: null }, 'task', taskId, { progress });
    return start;
  },

  /** Resolves with the wall time the live query first shows the value; polls with syncOnce when pollMs > 0. */
  async watchUntil(taskId, progress, pollMs, timeoutMs) {
    const r = current();
    return new Promise<number>((resolve, reject) => {
      let done = false;
      const deadline = performance.now() + timeoutMs;
      const finish = (error: Error | null) => {
        done = true;
        subscription.unsubscribe();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(wallNow());
      };
      const timer = setTimeout(() => {
        if (!done) finish(new Error('change did not arrive in time'));
      }, timeoutMs);
      const subscription = liveQuery(() => recordTable(r.db, 'task' as EntityName).get(taskId)).subscribe({
        next: (row) => {
          if (!done && row && (row as { progress?: number }).progress === progress) finish(null);
        },
      });
      const poll = async () => {
        while (!done && performance.now() < deadline) {
          await r.engine.syncOnce();
          await new Promise((next) => setTimeout(next, pollMs));
        }
      };
      if (pollMs > 0) void poll();
    });
  },

  async localEdits(count) {
    const r = current();
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
    await replicaApi.stopLive().catch(() => undefined);
    replica?.db.close();
    replica = null;
  },
};
