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
  /** An official with no grant at the start: tests grant and revoke spaces to them. */
  newcomer: { username: string; password: string };
  /** `POST {controlUrl}/grant` or `/revoke` with `{ username, spaceId, role }` changes grants mid-run. */
  controlUrl: string;
  /** Programme spaces every test user may write: the first `runs` for the property runs, then a few more. */
  programmeIds: string[];
  /** How many property runs (SYNC_RUNS overrides). */
  runs: number;
  /**
   * The property runs' seed: CI runs the same cases every time, so "each kind of event happened" is a fact
   * about them; `SYNC_SEED=N` picks other cases, `SYNC_SEED=random` new ones each run (null here).
   */
  seed: number | null;
}
