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

export interface BenchApi {
  initialSync(baseUrl: string, username: string, password: string, dbName: string): Promise<SyncTiming>;
  fetchSnapshot(baseUrl: string, username: string, password: string): Promise<FetchTiming>;
  bulkPut(dbName: string): Promise<{ ms: number; records: number }>;
  prepareTasks(fromDb: string, toDb: string, count: number): Promise<number>;
  editLatency(dbName: string, mode: 'engine' | 'raw', edits: number, warmup: number): Promise<LatencySample>;
  login(baseUrl: string, username: string, password: string, dbName: string): Promise<void>;
  /** One round of this page's replica: its duration, time awaiting each transport method, rows written. */
  syncOnce(): Promise<RoundTiming>;
  /** Wall-clock ms (shared by pages) when the edit started and when the pushing round ended. */
  editAndPush(taskId: string, progress: number): Promise<{ start: number; pushed: number }>;
  watchUntil(taskId: string, progress: number, pollMs: number, timeoutMs: number): Promise<number>;
  firstTaskId(): Promise<string>;
  /** `count` local edits through the real write path (outbox + history), no sync; returns ms. */
  localEdits(count: number): Promise<number>;
  close(): Promise<void>;
}
