import { z } from 'zod';
import { spaceIdSchema } from '../domain/space.ts';
import { apiErrorCodes } from './protocol.ts';

/**
 * Files on the district server (issue 19; server/README.md "Files (blobs)"). A file's bytes are a blob
 * named by their SHA-256 (lowercase hex); the attachment record that names the file (its name, size,
 * media type, hash, owner record, version) syncs like any record, in its owner's space. The bytes travel
 * apart from the records, over these routes, each with `Authorization: Bearer <access token>`:
 *
 * POST /blobs/check `{ spaceId, sha256, size }` → `{ present }`: whether the server holds this blob for a
 *   space the user may read (read access to `spaceId` is needed to ask). The answer is true only when the
 *   blob was uploaded for (or linked into) a space the user reads and its bytes are in the blob store —
 *   never for a blob that exists only elsewhere, so a hash reveals nothing about other spaces' files.
 *   Present: the client sends no bytes and links the blob to `spaceId` with POST /blobs/link (same body;
 *   needs write on `spaceId` and read on a space that holds it; linking twice is fine) → the BlobRef.
 *
 * /blobs/uploads (tus 1.0.0, resumable; extensions creation, creation-with-upload, termination,
 *   expiration): POST with `Upload-Length` and `Upload-Metadata` holding `sha256`, `spaceId`, `size` (the
 *   same number as Upload-Length) and optionally `filename` (for logs only) → 201, `Location:
 *   /blobs/uploads/<id>` (relative to the server). PATCH appends at `Upload-Offset`; HEAD answers the
 *   offset to resume from. Creating takes write access to `spaceId`; only the account that created an
 *   upload may continue it. When the last byte arrives the server hashes the bytes it stored: a mismatch
 *   with `sha256` or `size` is refused (460, `blob_checksum_mismatch`) and the partial upload deleted; a
 *   match moves the blob into the blob store and links it to `spaceId` (the PATCH answers 204 only then,
 *   and a later HEAD answers offset = length). Unfinished uploads expire 24 h after their creation.
 *
 * GET /blobs/:sha256?spaceId=… serves the bytes (read on `spaceId`, and the blob linked to it), with
 *   `Range: bytes=a-b` (206, `Content-Range`; 416 when the range is unsatisfiable or malformed) so a cut
 *   download resumes; `ETag` is the quoted hash, `If-Range` with it is honoured.
 *
 * Errors are `{ error: { code, message } }` (message in Vietnamese) with the codes of
 * shared/sync/protocol.ts and `blob_checksum_mismatch`; the tus routes' errors carry the same body.
 */
export const BLOBS_API_PATHS = {
  check: '/blobs/check',
  link: '/blobs/link',
  uploads: '/blobs/uploads',
  upload: '/blobs/uploads/:uploadId',
  blob: '/blobs/:sha256',
} as const;

/** tus metadata keys a creation carries (`filename` optional). */
export const BLOB_UPLOAD_METADATA = ['sha256', 'spaceId', 'size', 'filename'] as const;

/** The default largest file (bytes); the server's `MAX_FILE_BYTES` setting changes it. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The tus status and error code of an upload whose bytes do not hash to the `sha256` it announced. */
export const BLOB_CHECKSUM_MISMATCH_STATUS = 460;
export const BLOB_CHECKSUM_MISMATCH_CODE = 'blob_checksum_mismatch';

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex digits');

/** An upload id as the server makes them (tus: 32 hex digits). */
export const uploadIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const blobRefSchema = z
  .object({
    spaceId: spaceIdSchema,
    sha256: sha256Schema,
    size: z.number().int().min(0),
  })
  .strict();
export type BlobRef = z.infer<typeof blobRefSchema>;

export const blobCheckResponseSchema = z.object({ present: z.boolean() }).strict();
export type BlobCheckResponse = z.infer<typeof blobCheckResponseSchema>;

/** POST /blobs/link answers the link it made (or found). */
export const blobLinkResponseSchema = blobRefSchema;
export type BlobLinkResponse = BlobRef;

export const blobParamsSchema = z.object({ sha256: sha256Schema }).strict();
export const blobQuerySchema = z.object({ spaceId: spaceIdSchema }).strict();

/** The decoded `Upload-Metadata` of a creation; other keys are kept but ignored. */
export const blobUploadMetadataSchema = z
  .object({
    sha256: sha256Schema,
    spaceId: spaceIdSchema,
    size: z.string().regex(/^(0|[1-9][0-9]{0,15})$/, 'size: a whole number of bytes'),
    filename: z.string().max(1000).nullish(),
  })
  .loose();
export type BlobUploadMetadata = z.infer<typeof blobUploadMetadataSchema>;

/** Every error answer of the blob routes, the tus ones included. */
export const blobErrorCodes = [...apiErrorCodes, BLOB_CHECKSUM_MISMATCH_CODE] as const;
export type BlobErrorCode = (typeof blobErrorCodes)[number];
export const blobErrorSchema = z
  .object({ error: z.object({ code: z.enum(blobErrorCodes), message: z.string() }).strict() })
  .strict();
export type BlobError = z.infer<typeof blobErrorSchema>;
