import { z } from 'zod';
import { spaceIdSchema } from '../domain/space.ts';

/**
 * Files on the district server (issue 19; server/README.md "Files (blobs)"). A file's bytes are a blob
 * named by their SHA-256 (lowercase hex); the attachment record that names the file (its name, size,
 * media type, hash, owner record, version) syncs like any record, in its owner's space. The bytes travel
 * apart from the records, over these routes:
 *
 * POST /blobs/check `{ spaceId, sha256, size }` → `{ present }`: whether the server holds this blob for a
 *   space the user may read. The answer is true only when the blob was uploaded for (or attached in) a
 *   space the user reads — never for a blob that exists only elsewhere, so a hash reveals nothing about
 *   other spaces' files. Present: the client sends no bytes and only links the blob to `spaceId` with
 *   POST /blobs/link (same body; needs write on `spaceId` and read on a space that holds it).
 *
 * /blobs/uploads (tus 1.0.0, resumable): creation with `Upload-Metadata` holding `sha256`, `spaceId`,
 *   `size` (and `filename`, for logs only); PATCH appends at `Upload-Offset`; HEAD answers the offset to
 *   resume from. Creating takes write access to `spaceId`. When the last byte arrives the server hashes the
 *   bytes it stored: a mismatch with `sha256` is refused (460, `blob_checksum_mismatch`) and the partial
 *   upload deleted; a match moves the blob into the blob store and links it to `spaceId`.
 *
 * GET /blobs/:sha256?spaceId=… serves the bytes (read on `spaceId`, and the blob linked to it), with
 *   `Range: bytes=a-b` (206, `Content-Range`) so a cut download resumes; `ETag` is the hash.
 */
export const BLOBS_API_PATHS = {
  check: '/blobs/check',
  link: '/blobs/link',
  uploads: '/blobs/uploads',
  blob: '/blobs/:sha256',
} as const;

/** tus metadata keys a creation carries. */
export const BLOB_UPLOAD_METADATA = ['sha256', 'spaceId', 'size', 'filename'] as const;

/** The default largest file (bytes); the server's `MAX_FILE_BYTES` setting changes it. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The tus status and error code of an upload whose bytes do not hash to the `sha256` it announced. */
export const BLOB_CHECKSUM_MISMATCH_STATUS = 460;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex digits');

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

export const blobParamsSchema = z.object({ sha256: sha256Schema }).strict();
export const blobQuerySchema = z.object({ spaceId: spaceIdSchema }).strict();
