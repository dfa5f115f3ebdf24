/**
 * The rows of the local database other than records: outbox, history, refused changes, meta. Types only,
 * apart from the database itself (local-db.ts), so migrations can name them without an import cycle.
 */
import type { Capability } from '../../../shared/authz/capabilities.ts';
import type { EntityName } from '../../../shared/domain/registry.ts';
import type { HlcState } from '../../../shared/hlc/index.ts';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type {
  Grant,
  RefusalMessage,
  RejectionCode,
  ServerChange,
  SyncUser,
} from '../../../shared/sync/protocol.ts';
import type { Account } from '../../../shared/sync/spaces-api.ts';

/** A change waiting to be pushed to the district server. */
export interface OutboxEntry extends RecordChange {
  seq?: number;
  /** When the user made it (epoch ms). */
  createdAt: number;
}

/**
 * Who made a change: a signed-in account (the server's user id; every pulled change names one), or, before
 * anyone signs in on this computer, the directory person chosen as "Tôi là" — unverified, since nothing
 * checked it.
 */
export type HistoryActor =
  { kind: 'account'; userId: string } | { kind: 'person'; personId: string; verified: false };

/** Lịch sử — one field's change on this replica: who, when, old → new. */
export interface HistoryEntry {
  seq?: number;
  entity: EntityName;
  recordId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  hlc: string;
  /** The account that made the change (its server user id), or null; all rows have it, older ones only it. */
  actorId: string | null;
  /** Who made the change (rows written before it existed have none: their `actorId` is an account's). */
  actor?: HistoryActor | null;
  at: number;
  origin: 'local' | 'remote' | 'import';
}

/** A local change the server refused: kept, readable and copyable, never silently dropped. */
export interface RejectedEntry extends RecordChange {
  seq?: number;
  createdAt: number;
  rejectedAt: number;
  code: RejectionCode;
  reason: string;
  /** The refusal as a code and parameters, worded in the user's language (newer servers send it). */
  message?: RefusalMessage;
  /**
   * A refused create: the record stays on this machine as a local draft (its create is not undone), marked
   * in the screens, and can be sent again once the user has the right.
   */
  draft?: boolean;
}

/** Whose working copy this database is: bound at the first sign-in, checked at every start. */
export interface CopyOwner {
  serverUrl: string;
  userId: string;
  username: string;
  displayName: string;
  boundAt: number;
}

/**
 * What the server last said this user may do, saved at each sync round: the screens decide which edit
 * controls to show by the same rules the server checks pushes with (`shared/authz`).
 */
export interface AccessState {
  user: SyncUser;
  grants: Grant[];
  /** The user's capabilities (shared/authz/capabilities.ts); absent in what an older release saved. */
  capabilities?: Capability[];
  at: number;
}

/**
 * The district's accounts as others see them (names, units, capabilities), fetched at each sync round
 * (`sync-engine/accounts-cache.ts`): names in record history, the people to grant a space to.
 */
export interface AccountsState {
  accounts: Account[];
  at: number;
}

/**
 * The mass-deletion stop's count over one pull or one snapshot, saved with each page: the live records
 * when it began and the deletions its pages applied so far, so the count goes on across pages and across
 * rounds (an interrupted pull resumes with it) until the pull or snapshot is complete.
 */
export interface DeletionTally {
  liveAtStart: number;
  deletions: number;
}

/**
 * A pulled change or a snapshot record of an entity this release does not know (a newer server's): kept,
 * since the cursor moves past it, and merged into the entity's table once an upgrade teaches the entity.
 */
export type UnknownEntry = { seq?: number; entity: string; spaceId: string } & (
  { kind: 'change'; change: ServerChange } | { kind: 'record'; record: Record<string, unknown> }
);

/** Where sync stands: the pull cursor, and a snapshot in progress. */
export interface SyncState {
  cursor: number;
  /** Set while an initial snapshot is being fetched page by page. */
  snapshotAfter: string | null;
  snapshotDone: boolean;
  /**
   * The snapshot in progress started on a replica with no records at all: its pages are written as they
   * come, with no merge against local copies (there are none, and pages never repeat a record).
   */
  snapshotFresh?: boolean;
  lastSyncAt: number | null;
  /** The server's clock minus ours, learned at each sync: edits are stamped with server-corrected time. */
  clockOffsetMs: number;
  userId: string | null;
  /** The spaces the last complete snapshot covered; a grant outside them triggers a new snapshot. */
  spaces: string[];
  /** The mass-deletion count of the pull in progress (null or absent between pulls). */
  pullTally?: DeletionTally | null;
  /** The mass-deletion count of the snapshot in progress. */
  snapshotTally?: DeletionTally | null;
}

export type MetaEntry =
  | { key: 'clock'; value: HlcState }
  | { key: 'sync'; value: SyncState }
  | { key: 'profile'; value: { profileId: string; createdAt: number } }
  | { key: 'demo'; value: { seededAt: number; asOf: IsoDate } }
  | { key: 'owner'; value: CopyOwner }
  | { key: 'access'; value: AccessState }
  | { key: 'accounts'; value: AccountsState };
