import type { RecordChange } from '../../../shared/sync/change.ts';
import type { ClientErrorCode } from '../../../shared/server-client/client-error.ts';
import type {
  Conflict,
  Grant,
  PullResponse,
  PushResponse,
  SnapshotResponse,
  SyncUser,
} from '../../../shared/sync/protocol.ts';
import type { Capability } from '../../../shared/authz/capabilities.ts';
import type { Account } from '../../../shared/sync/spaces-api.ts';
import type { DocumentTransport } from '../documents/document-transport-contract.ts';

/** Who the server says we are and what we may do (`GET /me`). */
export interface AccessAnswer {
  user: SyncUser;
  grants: Grant[];
  /** Absent from an older server (and from test servers that predate capabilities): none. */
  capabilities?: Capability[];
  serverTime: number;
}

/**
 * What the sync engine needs from the district server. In the app it is carried by main over IPC (main
 * holds the token and does all HTTP); in tests, by the same HTTP client talking to a server on loopback.
 */
export interface SyncTransport {
  push(changes: RecordChange[]): Promise<PushResponse>;
  pull(cursor: number, options?: { limit?: number; maxBytes?: number }): Promise<PullResponse>;
  /** A page of the snapshot; `limit` records at most (the server's default when absent). */
  snapshot(after?: string, limit?: number): Promise<SnapshotResponse>;
  conflicts(): Promise<{ conflicts: Conflict[] }>;
  /** The user and their grants now: a newly granted space is backfilled with a snapshot. */
  access(): Promise<AccessAnswer>;
  /**
   * Every account as others see it (`GET /accounts`), cached for names and grants. Optional: a transport
   * without it (or a server that refuses it) leaves the cached list as it was.
   */
  accounts?(): Promise<{ accounts: Account[] }>;
  /** The Yjs documents (minutes, notes); a transport without it leaves them local. */
  documents?: DocumentTransport;
}

/** A failed transport call; `code` says whether to retry, ask to log in, update, or resync. */
export class TransportError extends Error {
  readonly code: ClientErrorCode;
  constructor(code: ClientErrorCode, message: string) {
    super(message);
    this.name = 'TransportError';
    this.code = code;
  }
}
