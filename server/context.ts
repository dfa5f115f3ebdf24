import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './auth/login-limiter.ts';
import { DEFAULT_ARGON2_PARAMS, type Argon2Params } from './auth/password.ts';
import { DEFAULT_BLOB_SETTINGS, type BlobSettings } from './blobs/blob-settings.ts';
import type { Database } from './db/database.ts';
import type { PushQueue } from './sync/push/push-queue.ts';

/** What the request handlers share: the database, the settings, the token key and the clock. */
export interface ServerSettings {
  accessTtlMs: number;
  refreshTtlMs: number;
  loginLimits: LoginLimits;
  /** Cost of new password hashes (existing ones keep theirs). */
  argon2: Argon2Params;
  /** Largest request body in bytes; pushes have their own, larger limit. */
  bodyLimit: number;
  pushBodyLimit: number;
  /**
   * Records (or changes) a snapshot or pull page holds when the client does not say: `PAGE_LIMIT`. Smaller
   * pages show a first screen sooner on a slow line; tests use it to page demo-sized data.
   */
  pageLimit: number;
  /** Files: the blob store, the largest file, upload expiry (blobs/blob-settings.ts). */
  blobs: BlobSettings;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  accessTtlMs: 15 * 60_000,
  refreshTtlMs: 30 * 24 * 60 * 60_000,
  loginLimits: DEFAULT_LOGIN_LIMITS,
  argon2: DEFAULT_ARGON2_PARAMS,
  bodyLimit: 1024 * 1024,
  pushBodyLimit: 5 * 1024 * 1024,
  pageLimit: 1000,
  blobs: DEFAULT_BLOB_SETTINGS,
};

export interface ServerContext {
  database: Database;
  /** This server's pushes, grouped (made with the context: one per server, whatever shares its database). */
  pushQueue: PushQueue;
  settings: ServerSettings;
  signingKey: Buffer;
  /** A hash checked when the username is unknown, so a wrong name costs as long as a wrong password. */
  dummyPasswordHash: string;
  now: () => number;
}
