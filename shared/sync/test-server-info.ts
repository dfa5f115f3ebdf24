/**
 * What the sync suite's global setup (a real district server on loopback, server/test) hands to the sync
 * engine's tests (renderer/) through Vitest's `provide`/`inject`. A plain type, so neither side imports
 * the other.
 */
export interface SyncServerInfo {
  url: string;
  /** 'pglite' or 'postgres': which database the server runs on. */
  backend: string;
  users: Array<{ username: string; password: string }>;
  /** An official with `read` only on every programme space: the server refuses their edits. */
  reader: { username: string; password: string };
  /** Programme spaces every test user may write: the first `runs` for the property runs, then a few more. */
  programmeIds: string[];
  /** How many property runs (SYNC_RUNS overrides). */
  runs: number;
}
