import type { DocumentsBenchApi } from './documents-api.ts';

/** What the bench page exposes as `window.bench` (bench/browser/main.ts), driven from bench/run.ts. */
export interface SyncTiming {
  ms: number;
  /** From the start of the round until the first snapshot page was applied (a first screen of data). */
  firstPageMs: number;
  /** Time spent awaiting the transport (HTTP + JSON parse + schema check). */
  transportMs: number;
  records: number;
  pages: number;
}

export interface FetchTiming {
  ms: number;
  records: number;
  pages: number;
  /** Size of the fetched records as JSON. */
  bytes: number;
}

export interface LatencySample {
  /** Edit start → the live query emitted a result holding the new value. */
  visibleMs: number[];
  /** Edit start → the write's promise resolved. */
  commitMs: number[];
  listSize: number;
}

export interface RoundTiming {
  ms: number;
  transportMs: Record<string, number>;
  calls: Record<string, number>;
  records: number;
  historyRows: number;
}

export interface BenchApi extends DocumentsBenchApi {
  initialSync(
    baseUrl: string,
    username: string,
    password: string,
    dbName: string,
    pageLimit?: number,
  ): Promise<SyncTiming>;
  fetchSnapshot(baseUrl: string, username: string, password: string): Promise<FetchTiming>;
  bulkPut(dbName: string): Promise<{ ms: number; records: number }>;
  /** Lets the rows kept for bulkPut go (before the heap figure). */
  dropFetched(): Promise<void>;
  prepareTasks(fromDb: string, toDb: string, count: number): Promise<number>;
  editLatency(
    dbName: string,
    mode: 'engine' | 'raw' | 'tx',
    edits: number,
    warmup: number,
  ): Promise<LatencySample>;
  login(baseUrl: string, username: string, password: string, dbName: string): Promise<void>;
  /** One round of this page's replica: its duration, time awaiting each transport method, rows written. */
  syncOnce(): Promise<RoundTiming>;
  /** Wall-clock ms (shared by pages) when the edit started and when the pushing round ended. */
  editAndPush(taskId: string, progress: number): Promise<{ start: number; pushed: number }>;
  /** Wall time when the live query first shows the value; runs syncOnce every pollMs when pollMs > 0. */
  watchUntil(taskId: string, progress: number, pollMs: number, timeoutMs: number): Promise<number>;
  /** Runs this replica as the app does: the real scheduler, woken by the server's live WebSocket. */
  startLive(liveBaseUrl: string): Promise<void>;
  stopLive(): Promise<void>;
  /** A local edit through the real write path; returns its wall start time (the scheduler pushes it). */
  edit(taskId: string, progress: number): Promise<number>;
  /** PouchDB replication from `remoteUrl` into a new IndexedDB database; batchSize null = PouchDB's default. */
  pouchReplicate(
    remoteUrl: string,
    dbName: string,
    batchSize: number | null,
  ): Promise<{ ms: number; docs: number }>;
  firstTaskId(): Promise<string>;
  /** `count` local edits through the real write path (outbox + history), no sync; returns ms. */
  localEdits(count: number): Promise<number>;
  close(): Promise<void>;
}
