import { z } from 'zod';
import { recordChangeSchema } from '../sync/change.ts';
import {
  conflictsResponseSchema,
  historyResponseSchema,
  meResponseSchema,
  MAX_PUSH_CHANGES,
  MAX_PULL_LIMIT,
  pullResponseSchema,
  pushResponseSchema,
  resolveConflictResponseSchema,
  snapshotResponseSchema,
  userSchema,
} from '../sync/protocol.ts';

/** The channels through which the renderer's sync engine reaches the district server via main. */
const noInput = z.object({}).strict();

/** http(s), a host, an optional port and path; no credentials in the URL. */
const SERVER_URL = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[^\s@]*)?$/i;

export const serverUrlSchema = z
  .string()
  .trim()
  .max(500)
  .regex(SERVER_URL, 'Địa chỉ máy chủ phải có dạng https://ten-may-chu (hoặc http:// trong mạng nội bộ)');

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
    input: z.object({ changes: z.array(recordChangeSchema).min(1).max(MAX_PUSH_CHANGES) }).strict(),
    output: pushResponseSchema,
    maxInputBytes: 6_000_000,
  },
  'sync.pull': {
    input: z
      .object({
        cursor: z.number().int().nonnegative(),
        limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
        maxBytes: z.number().int().min(10_000).max(20_000_000).optional(),
      })
      .strict(),
    output: pullResponseSchema,
  },
  'sync.snapshot': {
    input: z
      .object({
        after: z.string().max(500).optional(),
        limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
      })
      .strict(),
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
