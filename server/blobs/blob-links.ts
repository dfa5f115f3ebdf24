import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { blobSpaces, blobs } from '../db/schema.ts';

/**
 * Which spaces hold a blob (migration 0006). A blob is told of and served only through one of them that
 * the user may read: knowing a hash is never enough.
 */
export interface BlobHolding {
  size: number;
  spaces: string[];
}

export async function blobHolding(executor: Executor, sha256: string): Promise<BlobHolding | null> {
  const rows = await executor
    .select({ size: blobs.size, spaceId: blobSpaces.spaceId })
    .from(blobs)
    .leftJoin(blobSpaces, eq(blobSpaces.sha256, blobs.sha256))
    .where(eq(blobs.sha256, sha256));
  const [first] = rows;
  if (!first) return null;
  return { size: first.size, spaces: rows.flatMap((row) => (row.spaceId === null ? [] : [row.spaceId])) };
}

export async function linkBlob(
  executor: Executor,
  link: { sha256: string; spaceId: string; userId: string },
  now: number,
): Promise<void> {
  await executor
    .insert(blobSpaces)
    .values({ sha256: link.sha256, spaceId: link.spaceId, linkedAt: now, linkedBy: link.userId })
    .onConflictDoNothing();
}
