import { z } from 'zod';
import { spaceIdSchema } from '../domain/space.ts';
import { sha256Schema } from '../sync/blobs-api.ts';

/**
 * Conference materials (issue 19): main owns the files. It keeps their bytes in a content-addressed store
 * under the profile (SHA-256 names, written atomically, checked when read), sends them to the district
 * server with resumable uploads and fetches them with resumable downloads. The renderer keeps only the
 * attachment records (shared/domain/attachment.ts) and asks main about the bytes by hash.
 *
 * A file reaches main from the page in PARTS, as a document's batch does (shared/ipc/documents.ts): the
 * page reads the File a picker or a drop gave, slice by slice, and sends each slice to `files.stage`
 * under one transfer id; main appends it to a temporary file, hashing as it goes. `files.commit` checks
 * the size, moves the file into the store under its hash (an identical file already there is not written
 * twice) and queues its upload to `spaceId`. Nothing half-written is ever in the store: a transfer that
 * is abandoned, or a disk that fills, leaves at most a temporary file main deletes.
 */

/** Decoded bytes of one staged slice: its base64 stays well under a call's 1 MB. */
export const FILE_PART_BYTES = 512 * 1024;

const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const transferIdSchema = z.string().min(8).max(64);

export const fileStageSchema = z
  .object({
    transferId: transferIdSchema,
    /** Byte offset of this slice in the file: slices come in order, from 0. */
    offset: z.number().int().nonnegative(),
    data: base64(FILE_PART_BYTES),
  })
  .strict();

export const fileCommitSchema = z
  .object({
    transferId: transferIdSchema,
    /** The whole file's size, as the page's File says: a mismatch fails the transfer. */
    size: z.number().int().nonnegative(),
    /** The space of the record the file is attached to: its upload goes there. */
    spaceId: spaceIdSchema,
  })
  .strict();

/** Where a file's bytes are, for this machine. */
export const fileStateSchema = z.discriminatedUnion('state', [
  /**
   * In the local store: it opens offline. `uploaded` false: still queued to be sent (or linked) to a space,
   * and then `message` says, in the user's words, why the last attempt did not succeed (main retries).
   */
  z
    .object({
      state: z.literal('local'),
      sha256: sha256Schema,
      uploaded: z.boolean(),
      message: z.string().optional(),
    })
    .strict(),
  /** Being fetched: `received` of `size` bytes. */
  z
    .object({
      state: z.literal('downloading'),
      sha256: sha256Schema,
      received: z.number().int().nonnegative(),
      size: z.number().int().nonnegative(),
    })
    .strict(),
  /** Not on this machine (or its local copy failed its check and was dropped): fetch it to open it. */
  z.object({ state: z.literal('remote'), sha256: sha256Schema }).strict(),
  /**
   * Not on this machine and fetching it failed (or the only copy, not yet sent, was found damaged): the
   * reason in the user's words; main retries a fetch on the next round. (A failed sending of a local file
   * is `local` with a `message`: it still opens.)
   */
  z.object({ state: z.literal('failed'), sha256: sha256Schema, message: z.string() }).strict(),
]);
export type FileState = z.infer<typeof fileStateSchema>;

const blobSchema = z
  .object({ sha256: sha256Schema, spaceId: spaceIdSchema, size: z.number().int() })
  .strict();

export const filesChannels = {
  'files.stage': {
    input: fileStageSchema,
    output: z.object({ received: z.number().int() }).strict(),
    maxInputBytes: Math.ceil(FILE_PART_BYTES / 3) * 4 + 4_096,
  },
  /** Ends a transfer: the file's hash and size, in the store; its upload queued. */
  'files.commit': {
    input: fileCommitSchema,
    output: z.object({ sha256: sha256Schema, size: z.number().int() }).strict(),
  },
  /** Where each of these files is. */
  'files.states': {
    input: z.object({ sha256s: z.array(sha256Schema).max(2_000) }).strict(),
    output: z.object({ states: z.array(fileStateSchema) }).strict(),
  },
  /** Fetches these files into the local store (offline use), resuming any cut download. */
  'files.fetch': {
    input: z.object({ blobs: z.array(blobSchema).max(2_000) }).strict(),
    output: z.object({ queued: z.number().int() }).strict(),
  },
  /** Reads a slice of a local file (previews); fails when it is not local. */
  'files.read': {
    input: z
      .object({
        sha256: sha256Schema,
        offset: z.number().int().nonnegative(),
        length: z.number().int().min(1).max(FILE_PART_BYTES),
      })
      .strict(),
    output: z.object({ data: z.string(), size: z.number().int() }).strict(),
  },
  /**
   * Opens a local file with the system's application, from a copy in a temporary folder under a safe name
   * (never the store itself). The web host cannot open applications: it answers a download address.
   */
  'files.open': {
    input: z.object({ sha256: sha256Schema, name: z.string().min(1).max(300) }).strict(),
    output: z.discriminatedUnion('opened', [
      z.object({ opened: z.literal(true) }).strict(),
      z.object({ opened: z.literal(false), url: z.string() }).strict(),
    ]),
  },
  /** Bytes the local store holds of the given files (those not here count 0). */
  'files.usage': {
    input: z.object({ sha256s: z.array(sha256Schema).max(20_000) }).strict(),
    output: z.object({ bytes: z.number().int() }).strict(),
  },
  /**
   * Frees the given files from the local store (their records stay; they are fetched again), answering the
   * bytes freed. A file still waiting to be sent is kept: its local copy is the only one.
   */
  'files.free': {
    input: z.object({ sha256s: z.array(sha256Schema).max(20_000) }).strict(),
    output: z.object({ freed: z.number().int() }).strict(),
  },
} as const;

export const filesEvents = {
  /** A file's state changed (fetched, uploaded, progress, failure). */
  'files.state': fileStateSchema,
} as const;
