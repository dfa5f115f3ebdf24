import { z } from 'zod';
import { capabilitySchema } from '../authz/capabilities.ts';
import { hlcSchema } from '../hlc/index.ts';
import { isSafeText } from '../text/unsafe-text.ts';
import { recordChangeSchema } from './change.ts';
import { keyedError } from '../domain/vi-issue-message.ts';

/**
 * The district server's sync API, shared by the server (request and response schemas) and the app's
 * main process (its HTTP client). Every sync request carries the schema version; a server that no longer
 * speaks it answers 426 `schema_version_unsupported` and the client asks the user to update, outbox kept.
 */
export const SYNC_SCHEMA_VERSION = 2;
/**
 * Version 2 added per-element merge of id lists (`setOps` in changes, `_sets` in records). A version-1
 * push is still taken (its lists replace the whole list, as before); a version-1 pull or snapshot is
 * answered 426, because such a replica would merge those lists by the field's stamp and drift.
 */
export const PUSH_SCHEMA_VERSIONS: readonly number[] = [1, 2];
export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 2_000;
export const DEFAULT_PULL_MAX_BYTES = 2_000_000;

export const roles = ['read', 'write', 'manage'] as const;
export type Role = (typeof roles)[number];

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    /** The directory person this account is, when linked. */
    personId: z.string().nullable(),
    /** The unit the user works for: decides which tasks they may report on. */
    unitId: z.string().nullable(),
    isAdmin: z.boolean(),
  })
  .strict();
export type SyncUser = z.infer<typeof userSchema>;

export const grantSchema = z.object({ spaceId: z.string(), role: z.enum(roles) }).strict();
export type Grant = z.infer<typeof grantSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, keyedError('login.username'));
export const passwordSchema = z.string().min(8, keyedError('login.password')).max(200);

/**
 * This installation's id, as every request names it: printable text only (a NUL here once made PostgreSQL
 * refuse the request and the server answer 500; it is now a 400 `invalid_request`).
 */
export const clientIdSchema = z
  .string()
  .min(1)
  .max(100)
  .refine((id) => isSafeText(id, { allowLineBreaks: false }), keyedError('device.nodeId'));

export const loginRequestSchema = z
  .object({
    username: usernameSchema,
    password: z.string().min(1).max(200),
    clientId: clientIdSchema,
  })
  .strict();
export const refreshRequestSchema = z
  .object({
    refreshToken: z.string().min(1).max(200),
    /** The client the session was issued to: required, and must match it. */
    clientId: z
      .string()
      .min(1)
      .max(100)
      .refine((id) => isSafeText(id, { allowLineBreaks: false }), keyedError('device.nodeId')),
  })
  .strict();
export const logoutRequestSchema = z.object({ refreshToken: z.string().min(1).max(200) }).strict();
export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict();

export const sessionSchema = z
  .object({
    accessToken: z.string(),
    /** Epoch ms. Access tokens live minutes; the refresh token, days. */
    accessExpiresAt: z.number().int(),
    refreshToken: z.string(),
    refreshExpiresAt: z.number().int(),
    user: userSchema,
    serverTime: z.number().int(),
  })
  .strict();
export type Session = z.infer<typeof sessionSchema>;

export const meResponseSchema = z
  .object({
    user: userSchema,
    grants: z.array(grantSchema),
    /** The user's capabilities (shared/authz/capabilities.ts), own and their unit's; none from an older server. */
    capabilities: z.array(capabilitySchema).default([]),
    serverTime: z.number().int(),
  })
  .strict();

export const pushRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    clientId: clientIdSchema,
    changes: z.array(recordChangeSchema).min(1).max(MAX_PUSH_CHANGES),
  })
  .strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** A concurrent write of the same field by someone else: both values are kept for the conflict inbox. */
export const conflictSchema = z
  .object({
    id: z.string(),
    spaceId: z.string(),
    entity: z.string(),
    recordId: z.string(),
    field: z.string(),
    /** The value the record now holds (the later write). */
    kept: z
      .object({ value: z.unknown(), hlc: hlcSchema, userId: z.string().nullable(), userName: z.string() })
      .strict(),
    /** The value that lost. Nothing is lost: the user can restore it in one click. */
    overwritten: z
      .object({ value: z.unknown(), hlc: hlcSchema, userId: z.string().nullable(), userName: z.string() })
      .strict(),
    createdAt: z.number().int(),
    resolvedAt: z.number().int().nullable(),
  })
  .strict();
export type Conflict = z.infer<typeof conflictSchema>;

export const rejectionCodes = [
  'forbidden',
  'invalid',
  'not_found',
  'unknown_entity',
  'space_mismatch',
  'clock_drift',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

/**
 * A refusal as a code and its parameters, so each client words it in its own language
 * (`shared/sync/refusal-messages.ts`); `reason` stays the Vietnamese text for older clients and logs.
 */
export const refusalMessageSchema = z
  .object({
    key: z.string().min(1).max(60),
    params: z.record(z.string().max(60), z.union([z.string(), z.number(), z.array(z.string())])),
  })
  .strict();
export type RefusalMessage = z.infer<typeof refusalMessageSchema>;

export const pushResultSchema = z.discriminatedUnion('status', [
  z
    .object({
      changeId: z.string(),
      status: z.literal('accepted'),
      version: z.number().int(),
      conflicts: z.array(conflictSchema),
      /**
       * The stamp the server stored the change under, when it re-stamped it by the drift rule (its stamp
       * was too far ahead of the server's clock): the client stamps its copy the same way.
       */
      hlc: hlcSchema.optional(),
    })
    .strict(),
  z
    .object({
      changeId: z.string(),
      status: z.literal('rejected'),
      code: z.enum(rejectionCodes),
      /** Why, in Vietnamese, for the "changes not accepted" list. */
      reason: z.string(),
      message: refusalMessageSchema.optional(),
      /**
       * What the server holds of the fields the refused change wrote (`_deleted` too, for a delete), with
       * their stamps, so the client puts those back field by field; null when the server has no such
       * record (a refused create stays on the client as a local draft). Absent from older servers.
       */
      held: z
        .object({
          fields: z.record(z.string(), z.unknown()),
          clock: z.record(z.string(), hlcSchema),
          /** The per-element state of the id-list fields among them (shared/sync/set-state.ts). */
          sets: z
            .record(
              z.string(),
              z
                .object({
                  reset: hlcSchema.nullable(),
                  items: z.record(z.string(), z.array(z.unknown()).min(3).max(4)),
                })
                .strict(),
            )
            .optional(),
        })
        .strict()
        .nullable()
        .optional(),
    })
    .strict(),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z
  .object({ results: z.array(pushResultSchema), serverTime: z.number().int() })
  .strict();
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** A change as the server logged it: the fields it applied, its version and author. */
export const serverChangeSchema = recordChangeSchema.extend({
  version: z.number().int(),
  userId: z.string().nullable(),
});
export type ServerChange = z.infer<typeof serverChangeSchema>;

export const pullRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    cursor: z.number().int().nonnegative(),
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
    maxBytes: z.number().int().min(10_000).max(20_000_000).optional(),
  })
  .strict();
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pullResponseSchema = z
  .object({
    changes: z.array(serverChangeSchema),
    /** Pass back as the next cursor. */
    cursor: z.number().int(),
    hasMore: z.boolean(),
    serverTime: z.number().int(),
  })
  .strict();
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** The current state of records (initial sync and resync), spaces in the order the user needs them. */
export const snapshotRequestSchema = z
  .object({
    schemaVersion: z.number().int(),
    /** Opaque position from the previous page; absent for the first page. */
    after: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
    maxBytes: z.number().int().min(10_000).max(20_000_000).optional(),
  })
  .strict();
export type SnapshotRequest = z.infer<typeof snapshotRequestSchema>;

export const snapshotRecordSchema = z
  .object({ entity: z.string(), record: z.record(z.string(), z.unknown()) })
  .strict();

export const snapshotResponseSchema = z
  .object({
    records: z.array(snapshotRecordSchema),
    /** Resume point for the next page, null when done. */
    after: z.string().nullable(),
    /** Where incremental pull continues once the snapshot is complete. */
    cursor: z.number().int(),
    serverTime: z.number().int(),
  })
  .strict();
export type SnapshotResponse = z.infer<typeof snapshotResponseSchema>;

export const conflictsResponseSchema = z.object({ conflicts: z.array(conflictSchema) }).strict();
export const resolveConflictResponseSchema = z.object({ conflict: conflictSchema }).strict();

export const auditEntrySchema = z
  .object({
    version: z.number().int(),
    at: z.number().int(),
    userId: z.string().nullable(),
    userName: z.string(),
    clientId: z.string(),
    spaceId: z.string(),
    entity: z.string(),
    recordId: z.string(),
    field: z.string(),
    oldValue: z.unknown(),
    newValue: z.unknown(),
  })
  .strict();
export const historyResponseSchema = z.object({ entries: z.array(auditEntrySchema) }).strict();

export const apiErrorCodes = [
  'invalid_request',
  'unauthorized',
  'token_expired',
  'forbidden',
  'not_found',
  'too_many_requests',
  'payload_too_large',
  'schema_version_unsupported',
  'resync_required',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every error answer: a code for programs and a Vietnamese message for people. */
export const apiErrorSchema = z
  .object({ error: z.object({ code: z.enum(apiErrorCodes), message: z.string() }).strict() })
  .strict();
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Documents one live connection may say it has open at once (more: the message is ignored). */
export const MAX_PRESENCE_DOCS = 20;
/** Viewers one presence notice names at most (the first by name; a document rarely has ten). */
export const MAX_PRESENCE_USERS = 50;

/** Someone who has a document open: the account and its display name. */
export const presenceUserSchema = z
  .object({ userId: z.string().max(100), name: z.string().max(200) })
  .strict();
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** The live channel (WebSocket `/sync/live`): a notice that new changes exist after `version`. */
export const liveNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('changes'), version: z.number().int() }).strict(),
  /** A document's log grew to `seq` (shared/sync/documents-api.ts): an open editor fetches it. */
  z.object({ type: z.literal('document'), docId: z.string().max(200), seq: z.number().int() }).strict(),
  /**
   * Who has the document open now, on any server instance (the signed-in user included): sent when that
   * set changes and once to a connection that declares the document. A client older than this notice
   * fails to parse it and ignores it, as it ignores any type it does not know.
   */
  z
    .object({
      type: z.literal('presence'),
      docId: z.string().max(200),
      users: z.array(presenceUserSchema).max(MAX_PRESENCE_USERS),
    })
    .strict(),
]);
export type LiveNotice = z.infer<typeof liveNoticeSchema>;

/**
 * What a client sends on the live channel: the documents this connection has open now (replacing the set
 * it sent before; an empty list closes them all). Ids that name no document, or a document in a space the
 * user may not read, are dropped; a message that does not parse is ignored.
 */
export const liveClientMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('presence'),
      docIds: z.array(z.string().max(200)).max(MAX_PRESENCE_DOCS),
    })
    .strict(),
]);
export type LiveClientMessage = z.infer<typeof liveClientMessageSchema>;

export const API_PATHS = {
  login: '/auth/login',
  refresh: '/auth/refresh',
  logout: '/auth/logout',
  password: '/auth/password',
  me: '/me',
  push: '/sync/push',
  pull: '/sync/pull',
  snapshot: '/sync/snapshot',
  conflicts: '/sync/conflicts',
  live: '/sync/live',
  history: '/records/:entity/:id/history',
  health: '/health/live',
  ready: '/health/ready',
} as const;
