import { z } from 'zod';
import {
  conflictsResponseSchema,
  historyResponseSchema,
  meResponseSchema,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  snapshotRequestSchema,
  snapshotResponseSchema,
  userSchema,
} from '../sync/protocol.ts';
import { keyedError } from '../domain/vi-issue-message.ts';

/**
 * The channels through which the renderer's sync engine reaches the district server via main. The sync
 * inputs are the protocol's requests less what main adds itself (schema version, client id), so the two
 * can never drift apart.
 */
const noInput = z.object({}).strict();

/** http(s), a host, an optional port and path; no credentials in the URL. */
const SERVER_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[^\s@]*)?$/i;

export const serverUrlSchema = z.string().trim().max(500).regex(SERVER_URL, keyedError('settings.serverUrl'));

export const authStatusSchema = z
  .object({ serverUrl: z.string().nullable(), user: userSchema.nullable(), online: z.boolean() })
  .strict();

export const syncChannels = {
  'auth.status': { input: noInput, output: authStatusSchema },
  'auth.login': {
    input: z
      .object({
        serverUrl: serverUrlSchema,
        username: z.string().trim().min(1).max(64),
        password: z.string().min(1).max(200),
      })
      .strict(),
    output: authStatusSchema,
  },
  'auth.logout': { input: noInput, output: authStatusSchema },
  'sync.push': {
    input: pushRequestSchema.pick({ changes: true }),
    output: pushResponseSchema,
    maxInputBytes: 6_000_000,
  },
  'sync.pull': {
    input: pullRequestSchema.omit({ schemaVersion: true }),
    output: pullResponseSchema,
  },
  'sync.snapshot': {
    input: snapshotRequestSchema.omit({ schemaVersion: true }),
    output: snapshotResponseSchema,
  },
  'sync.conflicts': { input: noInput, output: conflictsResponseSchema },
  /** Who the server says we are, and our grants: a new grant makes the engine backfill that space. */
  'sync.me': { input: noInput, output: meResponseSchema },
  'sync.resolveConflict': {
    input: z.object({ id: z.string().min(1).max(100) }).strict(),
    output: resolveConflictResponseSchema,
  },
  'sync.history': {
    input: z.object({ entity: z.string().min(1).max(40), id: z.string().min(1).max(100) }).strict(),
    output: historyResponseSchema,
  },
} as const;

export const syncEvents = {
  /** New changes exist on the server (a live notice): time to pull. */
  'sync.notice': z.object({ version: z.number().int() }).strict(),
  /** The connection to the server changed: online or not, logged in as whom. */
  'sync.connection': authStatusSchema,
} as const;
