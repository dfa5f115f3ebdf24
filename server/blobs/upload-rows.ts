import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/database.ts';
import { blobSpaces, blobUploadChunks, blobUploads, blobs } from '../db/schema.ts';

/**
 * The rows of uploads in progress (migration 0006): one per upload, its bytes in chunks. Every instance on
 * the database reads and writes them, so a PATCH may continue on another instance than the creation.
 * Appends are compare-and-set on `received` (appendChunk), which is what keeps two writers of one upload
 * — on one instance or two — from both appending at the same offset; tus's in-process lock only makes a
 * stale request on the same instance give way sooner.
 *
 * Chunk bytes travel as base64 text, turned into bytea by the database (`decode`/`encode`): PGlite takes
 * a bytea parameter about ten times slower (≈1 s per MiB written, 0.4 s read, on the development
 * machine) than base64 text it decodes itself (≈0.1 s, 0.03 s), and PGlite's one connection is every
 * request's.
 */
export type UploadRow = typeof blobUploads.$inferSelect;

export interface NewUpload {
  uploadId: string;
  userId: string;
  spaceId: string;
  sha256: string;
  size: number;
  metadata: Record<string, string | null>;
}

export async function loadUpload(executor: Executor, uploadId: string): Promise<UploadRow | null> {
  const [row] = await executor.select().from(blobUploads).where(eq(blobUploads.uploadId, uploadId));
  return row ?? null;
}

export async function insertUpload(executor: Executor, upload: NewUpload, now: number): Promise<UploadRow> {
  const [row] = await executor
    .insert(blobUploads)
    .values({ ...upload, received: 0, createdAt: now })
    .returning();
  if (!row) throw new Error(`Upload ${upload.uploadId} was not recorded.`);
  return row;
}

/**
 * Appends `bytes` at `start` if the upload has received exactly `start` bytes and is not being finished;
 * false (nothing written) otherwise.
 */
export async function appendChunk(
  database: Database,
  uploadId: string,
  start: number,
  bytes: Uint8Array,
): Promise<boolean> {
  return database.transaction(async (tx) => {
    const moved = await tx
      .update(blobUploads)
      .set({ received: sql`${blobUploads.received} + ${bytes.byteLength}` })
      .where(
        and(
          eq(blobUploads.uploadId, uploadId),
          eq(blobUploads.received, start),
          sql`${blobUploads.received} + ${bytes.byteLength} <= ${blobUploads.size}`,
          isNull(blobUploads.finishedAt),
          isNull(blobUploads.finishingUntil),
        ),
      )
      .returning({ received: blobUploads.received });
    if (moved.length === 0) return false;
    const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
    await tx.insert(blobUploadChunks).values({ uploadId, start, bytes: sql`decode(${base64}, 'base64')` });
    return true;
  });
}

/** The chunk that starts at `start`, or null (the end of what was received, or a gap). */
export async function readChunk(executor: Executor, uploadId: string, start: number): Promise<Buffer | null> {
  const [row] = await executor
    .select({ base64: sql<string>`encode(${blobUploadChunks.bytes}, 'base64')` })
    .from(blobUploadChunks)
    .where(and(eq(blobUploadChunks.uploadId, uploadId), eq(blobUploadChunks.start, start)));
  // encode() breaks its base64 into lines; Buffer.from skips the line breaks.
  return row ? Buffer.from(row.base64, 'base64') : null;
}

/** Removes the upload and its chunks; whether there was one. */
export async function deleteUpload(executor: Executor, uploadId: string): Promise<boolean> {
  const deleted = await executor
    .delete(blobUploads)
    .where(eq(blobUploads.uploadId, uploadId))
    .returning({ uploadId: blobUploads.uploadId });
  return deleted.length > 0;
}

/**
 * Claims a complete, unfinished upload for finishing until `now + leaseMs` (a claim left by an instance
 * that died runs out); null when it is not complete, already finished, gone, or claimed by another.
 */
export async function claimFinish(
  executor: Executor,
  uploadId: string,
  now: number,
  leaseMs: number,
): Promise<UploadRow | null> {
  const [row] = await executor
    .update(blobUploads)
    .set({ finishingUntil: now + leaseMs })
    .where(
      and(
        eq(blobUploads.uploadId, uploadId),
        eq(blobUploads.received, blobUploads.size),
        isNull(blobUploads.finishedAt),
        or(isNull(blobUploads.finishingUntil), lt(blobUploads.finishingUntil, now)),
      ),
    )
    .returning();
  return row ?? null;
}

export async function releaseClaim(executor: Executor, uploadId: string): Promise<void> {
  await executor.update(blobUploads).set({ finishingUntil: null }).where(eq(blobUploads.uploadId, uploadId));
}

/** The blob is in the store: record it, link it to the upload's space, drop the chunks. */
export async function markFinished(database: Database, upload: UploadRow, now: number): Promise<void> {
  await database.transaction(async (tx) => {
    await tx
      .insert(blobs)
      .values({ sha256: upload.sha256, size: upload.size, createdAt: now })
      .onConflictDoNothing();
    await tx
      .insert(blobSpaces)
      .values({ sha256: upload.sha256, spaceId: upload.spaceId, linkedAt: now, linkedBy: upload.userId })
      .onConflictDoNothing();
    await tx
      .update(blobUploads)
      .set({ finishedAt: now, finishingUntil: null })
      .where(eq(blobUploads.uploadId, upload.uploadId));
    await tx.delete(blobUploadChunks).where(eq(blobUploadChunks.uploadId, upload.uploadId));
  });
}

/**
 * Removes every upload created before `before` (unfinished ones with their chunks), except one being
 * finished right now; how many.
 */
export async function deleteUploadsBefore(executor: Executor, before: number, now: number): Promise<number> {
  const deleted = await executor
    .delete(blobUploads)
    .where(
      and(
        lt(blobUploads.createdAt, before),
        or(isNull(blobUploads.finishingUntil), lt(blobUploads.finishingUntil, now)),
      ),
    )
    .returning({ uploadId: blobUploads.uploadId });
  return deleted.length;
}
