import { z } from 'zod';
import { UUIDV7_PATTERN } from '../ids/id-schema.ts';
import { clientIdSchema } from './protocol.ts';

/**
 * Yjs documents on the district server (issue 18; server/README.md "Documents (Yjs)"). A document belongs
 * to a record and is named after it: `minutes:<meetingId>` (the meeting's minutes), `notes:<meetingId>`
 * (its notes). It lives in that record's space (`meeting:<meetingId>`), so the space's grants decide who
 * reads it (`read`) and who writes it (`write`), exactly as for the records.
 *
 * POST /documents/:docId/updates appends the client's Yjs V2 updates (base64) to the document's log and
 *   answers the document's epoch and the seq of the new row; the first update creates the document.
 * POST /documents/:docId/sync sends the client's state vector (base64, `Y.encodeStateVector`) and gets
 *   the V2 update of what it lacks (`Y.diffUpdateV2` over the merged log); an unknown document answers the
 *   empty update, epoch null and seq 0, and creates nothing.
 *
 * `epoch` names one incarnation of a document (a random integer set when it is created). A client sends
 * the epoch it last saw, or null before its first contact with the server's copy. A different non-null
 * epoch is answered 409 (`documentEpochConflictSchema`, with the current epoch, null when the server has
 * no such document): the client's copy belongs to another incarnation, so it drops it and syncs afresh
 * from an empty state vector — merging it would bring back content the server no longer has, or twice.
 */
export const DOCUMENTS_API_PATHS = {
  updates: '/documents/:docId/updates',
  sync: '/documents/:docId/sync',
} as const;

/**
 * Decoded bytes of all updates in one request (larger requests: 413). 2 MiB: a pasted 100-page text is
 * well under it; the app's IPC carries a batch this large in parts (shared/ipc/documents.ts).
 */
export const MAX_DOCUMENT_REQUEST_BYTES = 2 * 1024 * 1024;
/** The body limit of the updates route: the base64 of a full request and its JSON around it. */
export const DOCUMENT_REQUEST_BODY_LIMIT = Math.ceil(MAX_DOCUMENT_REQUEST_BYTES / 3) * 4 + 64 * 1024;
/** Updates in one request. */
export const MAX_UPDATES_PER_REQUEST = 1_000;
/** Stored bytes of one document's log, after the new row (more: 413; compaction frees room). */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
/** A state vector is a few bytes per client that ever edited the document. */
export const MAX_STATE_VECTOR_BYTES = 64 * 1024;

/** The records that have documents, and the space each one's documents live in. */
export const documentKinds = ['minutes', 'notes'] as const;
export type DocumentKind = (typeof documentKinds)[number];

const UUID = UUIDV7_PATTERN.source.slice(1, -1);
export const DOC_ID_PATTERN = new RegExp(`^(${documentKinds.join('|')}):(${UUID})$`);

/** A document's id from its record: `minutes:<meetingId>`. */
export function documentId(kind: DocumentKind, meetingId: string): string {
  const id = `${kind}:${meetingId}`;
  if (!DOC_ID_PATTERN.test(id)) throw new RangeError(`Not a document id: ${JSON.stringify(id)}.`);
  return id;
}

/** The space a document lives in (its record's space), or null when the id names no document. */
export function documentSpace(docId: string): `meeting:${string}` | null {
  const match = DOC_ID_PATTERN.exec(docId);
  return match ? `meeting:${match[2]}` : null;
}

/** Base64 (standard alphabet, padded) of at most `maxBytes` bytes once decoded. */
function base64Of(maxBytes: number) {
  return z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((value) => value.length % 4 === 0);
}

export const epochSchema = z.number().int().nullable();

export const documentParamsSchema = z.object({ docId: z.string().max(200) }).strict();

export const pushDocumentUpdatesRequestSchema = z
  .object({
    spaceId: z.string().max(100),
    epoch: epochSchema,
    clientId: clientIdSchema,
    updates: z.array(base64Of(MAX_DOCUMENT_REQUEST_BYTES)).min(1).max(MAX_UPDATES_PER_REQUEST),
  })
  .strict();
export type PushDocumentUpdatesRequest = z.infer<typeof pushDocumentUpdatesRequestSchema>;

export const pushDocumentUpdatesResponseSchema = z
  .object({ epoch: z.number().int(), seq: z.number().int().positive() })
  .strict();
export type PushDocumentUpdatesResponse = z.infer<typeof pushDocumentUpdatesResponseSchema>;

export const syncDocumentRequestSchema = z
  .object({
    spaceId: z.string().max(100),
    epoch: epochSchema,
    stateVector: base64Of(MAX_STATE_VECTOR_BYTES),
  })
  .strict();
export type SyncDocumentRequest = z.infer<typeof syncDocumentRequestSchema>;

export const syncDocumentResponseSchema = z
  .object({
    /** null: the server has no such document (yet). */
    epoch: epochSchema,
    /** Base64 V2 update of what the client lacks. */
    update: z.string(),
    /** The last row of the log the answer covers (0: none). */
    seq: z.number().int().nonnegative(),
  })
  .strict();
export type SyncDocumentResponse = z.infer<typeof syncDocumentResponseSchema>;

/** The 409 answer to a client whose epoch is not the document's. */
export const documentEpochConflictSchema = z
  .object({
    error: z.object({ code: z.literal('resync_required'), message: z.string() }).strict(),
    epoch: epochSchema,
  })
  .strict();
export type DocumentEpochConflict = z.infer<typeof documentEpochConflictSchema>;
