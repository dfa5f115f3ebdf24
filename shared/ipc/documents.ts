import { z } from 'zod';
import {
  MAX_DOCUMENT_REQUEST_BYTES,
  MAX_STATE_VECTOR_BYTES,
  epochSchema,
  pushDocumentUpdatesResponseSchema,
  syncDocumentResponseSchema,
} from '../sync/documents-api.ts';
import { MAX_PRESENCE_DOCS, MAX_PRESENCE_USERS, presenceUserSchema } from '../sync/protocol.ts';

/**
 * The channels through which the renderer's documents (minutes, notes: Yjs) reach the district server via
 * main. A call's input is bounded (1 MB of JSON by default), and one batch of a long document's updates can
 * be larger, so an outgoing batch travels in PARTS: consecutive slices of its bytes, base64 in JSON, under
 * one transfer id. main keeps the parts until the last arrives, then sends the batch to the server as one
 * update. A part that does not fit the transfer (another document, count or size) fails the transfer; the
 * renderer starts it again under a new id (resending what the server has is harmless in Yjs).
 *
 * Answers are not split: main → renderer carries no input bound (Electron IPC, and the web host's socket
 * limits only what the page sends), and a document's whole state is bounded by MAX_DOCUMENT_BYTES.
 */

/** Decoded bytes of one part: its base64 (4/3 larger) stays well under a call's 1 MB. */
export const DOCUMENT_PART_BYTES = 512 * 1024;
/** Parts of one transfer: a batch is at most the server's request limit. */
export const MAX_DOCUMENT_PARTS = Math.ceil(MAX_DOCUMENT_REQUEST_BYTES / DOCUMENT_PART_BYTES);

const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const docIdSchema = z.string().min(1).max(200);

export const documentPartSchema = z
  .object({
    docId: docIdSchema,
    epoch: epochSchema,
    /** Names one batch; the renderer makes a new one for every attempt. */
    transferId: z.string().min(8).max(64),
    /** This part's place, from 0, and how many the batch has. */
    part: z.number().int().nonnegative(),
    parts: z.number().int().min(1).max(MAX_DOCUMENT_PARTS),
    data: base64(DOCUMENT_PART_BYTES),
  })
  .strict()
  .refine((input) => input.part < input.parts, { path: ['part'] });

export const documentPartAnswerSchema = z.discriminatedUnion('status', [
  /** main holds the part and waits for the others. */
  z.object({ status: z.literal('partial'), received: z.number().int() }).strict(),
  /** The batch is in the server's log: its epoch and the seq of the row. */
  z.object({ status: z.literal('stored'), ...pushDocumentUpdatesResponseSchema.shape }).strict(),
]);
export type DocumentPartAnswer = z.infer<typeof documentPartAnswerSchema>;

/** Who has a document open, online (the signed-in user included; the screen leaves them out). */
export const documentPresenceSchema = z
  .object({ docId: docIdSchema, users: z.array(presenceUserSchema).max(MAX_PRESENCE_USERS) })
  .strict();
export type DocumentPresence = z.infer<typeof documentPresenceSchema>;

export const documentsChannels = {
  'documents.push': {
    input: documentPartSchema,
    output: documentPartAnswerSchema,
    maxInputBytes: Math.ceil(DOCUMENT_PART_BYTES / 3) * 4 + 4_096,
  },
  /** What this copy lacks, from its state vector (Y.encodeStateVector, base64). */
  'documents.sync': {
    input: z
      .object({ docId: docIdSchema, epoch: epochSchema, stateVector: base64(MAX_STATE_VECTOR_BYTES) })
      .strict(),
    output: syncDocumentResponseSchema,
  },
  /**
   * The documents this window has open now (replacing the last list): main tells the server on the live
   * channel, again after every reconnect, and answers who it last heard has each of them open.
   */
  'documents.presence.set': {
    input: z.object({ docIds: z.array(docIdSchema).max(MAX_PRESENCE_DOCS) }).strict(),
    output: z.object({ presence: z.array(documentPresenceSchema).max(MAX_PRESENCE_DOCS) }).strict(),
  },
} as const;

export const documentsEvents = {
  /** A document this user reads grew on the server (a live notice): an open editor syncs it at once. */
  'documents.notice': z.object({ docId: docIdSchema, seq: z.number().int() }).strict(),
  /** Who has a document of a readable space open changed (a live notice); offline, everyone leaves. */
  'documents.presence': documentPresenceSchema,
} as const;
