import {
  bigint,
  bigserial,
  boolean,
  customType,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import { adminActions } from '../../shared/sync/admin-api.ts';

/**
 * Drizzle's view of the tables that server/db/migrations creates (the SQL files are the source of truth;
 * this file follows them). Times are epoch milliseconds, versions 64-bit integers read as JS numbers.
 */
const epochMs = (name: string) => bigint(name, { mode: 'number' });

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  personId: text('person_id'),
  unitId: text('unit_id'),
  isAdmin: boolean('is_admin').notNull().default(false),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: epochMs('created_at').notNull(),
  updatedAt: epochMs('updated_at').notNull(),
});

export const refreshTokens = pgTable('refresh_tokens', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  familyId: text('family_id').notNull(),
  userId: text('user_id').notNull(),
  clientId: text('client_id').notNull(),
  createdAt: epochMs('created_at').notNull(),
  expiresAt: epochMs('expires_at').notNull(),
  revokedAt: epochMs('revoked_at'),
  replacedBy: text('replaced_by'),
});

export const grants = pgTable(
  'grants',
  {
    userId: text('user_id').notNull(),
    spaceId: text('space_id').notNull(),
    role: text('role', { enum: ['read', 'write', 'manage'] }).notNull(),
    grantedAt: epochMs('granted_at').notNull(),
    /** Who gave it (migration 0003): a manager, the creator of a new space, or null (the admin CLI). */
    grantedBy: text('granted_by'),
  },
  (table) => [primaryKey({ columns: [table.userId, table.spaceId] })],
);

/** Capabilities held by an account or by a unit (every account of the unit holds them; migration 0003). */
export const capabilities = pgTable(
  'capabilities',
  {
    holderKind: text('holder_kind', { enum: ['user', 'unit'] }).notNull(),
    holderId: text('holder_id').notNull(),
    capability: text('capability', {
      enum: ['organise_meetings', 'draw_up_programmes', 'keep_directory'],
    }).notNull(),
    grantedAt: epochMs('granted_at').notNull(),
    grantedBy: text('granted_by'),
  },
  (table) => [primaryKey({ columns: [table.holderKind, table.holderId, table.capability] })],
);

export const spaces = pgTable('spaces', {
  spaceId: text('space_id').primaryKey(),
  kind: text('kind', { enum: ['directory', 'programme', 'meeting', 'unit'] }).notNull(),
  rank: bigint('rank', { mode: 'number' }).notNull(),
  createdAt: epochMs('created_at').notNull(),
});

export const records = pgTable(
  'records',
  {
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    spaceId: text('space_id').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    deleted: boolean('deleted').notNull().default(false),
    version: bigint('version', { mode: 'number' }).notNull(),
    updatedAt: epochMs('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.entity, table.id] })],
);

export const changes = pgTable('changes', {
  version: bigint('version', { mode: 'number' }).primaryKey(),
  changeId: text('change_id').notNull().unique(),
  entity: text('entity').notNull(),
  recordId: text('record_id').notNull(),
  spaceId: text('space_id').notNull(),
  hlc: text('hlc').notNull(),
  fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
  deleted: boolean('deleted').notNull().default(false),
  userId: text('user_id'),
  clientId: text('client_id').notNull(),
  receivedAt: epochMs('received_at').notNull(),
});

export const changeReceipts = pgTable('change_receipts', {
  changeId: text('change_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  receivedAt: epochMs('received_at').notNull(),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  at: epochMs('at').notNull(),
  userId: text('user_id'),
  clientId: text('client_id').notNull(),
  spaceId: text('space_id').notNull(),
  entity: text('entity').notNull(),
  recordId: text('record_id').notNull(),
  field: text('field').notNull(),
  oldValue: jsonb('old_value').$type<unknown>(),
  newValue: jsonb('new_value').$type<unknown>(),
});

export const conflicts = pgTable('conflicts', {
  id: text('id').primaryKey(),
  changeId: text('change_id').notNull(),
  version: bigint('version', { mode: 'number' }).notNull(),
  spaceId: text('space_id').notNull(),
  entity: text('entity').notNull(),
  recordId: text('record_id').notNull(),
  field: text('field').notNull(),
  keptValue: jsonb('kept_value').$type<unknown>(),
  keptHlc: text('kept_hlc').notNull(),
  keptUserId: text('kept_user_id'),
  keptUserName: text('kept_user_name').notNull(),
  overwrittenValue: jsonb('overwritten_value').$type<unknown>(),
  overwrittenHlc: text('overwritten_hlc').notNull(),
  overwrittenUserId: text('overwritten_user_id'),
  overwrittenUserName: text('overwritten_user_name').notNull(),
  createdAt: epochMs('created_at').notNull(),
  resolvedAt: epochMs('resolved_at'),
  resolvedBy: text('resolved_by'),
});

export const loginAttempts = pgTable('login_attempts', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  username: text('username').notNull(),
  ip: text('ip').notNull(),
  at: epochMs('at').notNull(),
  success: boolean('success').notNull(),
});

export const serverSettings = pgTable('server_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const syncState = pgTable('sync_state', {
  id: integer('id').primaryKey(),
  lastVersion: bigint('last_version', { mode: 'number' }).notNull(),
  minCursor: bigint('min_cursor', { mode: 'number' }).notNull(),
  spaceOrderEpoch: bigint('space_order_epoch', { mode: 'number' }).notNull(),
});

/** Who administered what (migration 0004): the admin API's and the admin CLI's actions. */
export const adminAudit = pgTable('admin_audit', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: epochMs('at').notNull(),
  actorId: text('actor_id'),
  actorName: text('actor_name').notNull(),
  action: text('action', { enum: adminActions }).notNull(),
  target: text('target').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
});

/**
 * A bytea column as bytes: PGlite gives a Uint8Array, node-postgres a Buffer (a Uint8Array too); both are
 * read back as a plain Uint8Array view, and a hex string (`\x…`, bytea's text form) is decoded.
 */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) =>
    typeof value === 'string'
      ? new Uint8Array(Buffer.from(value.replace(/^\\x/, ''), 'hex'))
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/** Yjs documents (migration 0005): one row per document, in its record's space. */
export const documents = pgTable('documents', {
  docId: text('doc_id').primaryKey(),
  spaceId: text('space_id').notNull(),
  epoch: integer('epoch').notNull(),
  createdAt: epochMs('created_at').notNull(),
  compactedThrough: bigint('compacted_through', { mode: 'number' }).notNull(),
});

/** A document's append log of Yjs V2 updates, seq gap-free per document. */
export const documentUpdates = pgTable(
  'document_updates',
  {
    docId: text('doc_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    update: bytes('update').notNull(),
    clientId: text('client_id'),
    userId: text('user_id'),
    receivedAt: epochMs('received_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.docId, table.seq] })],
);

/** Files (migration 0006): the blobs the blob store holds, by SHA-256 (server/blobs/). */
export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  createdAt: epochMs('created_at').notNull(),
});

/** The spaces a blob was uploaded for or linked into: it is read only through one of them. */
export const blobSpaces = pgTable(
  'blob_spaces',
  {
    sha256: text('sha256').notNull(),
    spaceId: text('space_id').notNull(),
    linkedAt: epochMs('linked_at').notNull(),
    linkedBy: text('linked_by').notNull(),
  },
  (table) => [primaryKey({ columns: [table.sha256, table.spaceId] })],
);

/** Resumable (tus) uploads in progress; `received` is the offset, moved only with a chunk appended. */
export const blobUploads = pgTable('blob_uploads', {
  uploadId: text('upload_id').primaryKey(),
  userId: text('user_id').notNull(),
  spaceId: text('space_id').notNull(),
  sha256: text('sha256').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  received: bigint('received', { mode: 'number' }).notNull(),
  metadata: jsonb('metadata').$type<Record<string, string | null>>().notNull(),
  createdAt: epochMs('created_at').notNull(),
  finishingUntil: epochMs('finishing_until'),
  finishedAt: epochMs('finished_at'),
});

/** An upload's bytes, in order by `start`. */
export const blobUploadChunks = pgTable(
  'blob_upload_chunks',
  {
    uploadId: text('upload_id').notNull(),
    start: bigint('start', { mode: 'number' }).notNull(),
    bytes: bytes('bytes').notNull(),
  },
  (table) => [primaryKey({ columns: [table.uploadId, table.start] })],
);
