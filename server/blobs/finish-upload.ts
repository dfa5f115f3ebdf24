import type { Database } from '../db/database.ts';
import { BlobMismatchError, type BlobStore } from './blob-store.ts';
import { uploadBytes } from './upload-store.ts';
import { claimFinish, deleteUpload, loadUpload, markFinished, releaseClaim } from './upload-rows.ts';

/**
 * Finishing an upload whose last byte has arrived: its stored bytes are streamed into the blob store,
 * which hashes them on the way (blob-store.ts `put`). A mismatch with the announced SHA-256 or size
 * deletes the upload; a match records the blob and links it to the upload's space. One instance at a
 * time finishes an upload (a claim on its row, with a lease, in case that instance dies midway); the
 * others wait for its outcome. Run from the PATCH that completed the upload and, should the server have
 * stopped before it was done, from the client's next HEAD.
 */
export interface FinishDeps {
  database: Database;
  blobStore: BlobStore;
  now: () => number;
}

/** `busy`: another request is finishing it; `incomplete`: bytes are still missing. */
export type FinishOutcome = 'finished' | 'mismatch' | 'gone' | 'busy' | 'incomplete';

/** How long a claim holds: far longer than hashing and storing MAX_FILE_BYTES takes. */
export const FINISH_LEASE_MS = 10 * 60_000;

export async function finishUpload(deps: FinishDeps, uploadId: string): Promise<FinishOutcome> {
  const { database, blobStore, now } = deps;
  const claimed = await claimFinish(database.orm, uploadId, now(), FINISH_LEASE_MS);
  if (!claimed) {
    const row = await loadUpload(database.orm, uploadId);
    if (!row) return 'gone';
    if (row.finishedAt !== null) return 'finished';
    return row.received < row.size ? 'incomplete' : 'busy';
  }
  try {
    await blobStore.put(claimed.sha256, claimed.size, () => uploadBytes(database, uploadId, claimed.size));
  } catch (error) {
    if (error instanceof BlobMismatchError) {
      await deleteUpload(database.orm, uploadId);
      return 'mismatch';
    }
    await releaseClaim(database.orm, uploadId).catch(() => undefined);
    throw error;
  }
  await markFinished(database, claimed, now());
  return 'finished';
}

/** Finishes the upload, or waits up to `waitMs` while another request does. */
export async function finishOrWait(
  deps: FinishDeps,
  uploadId: string,
  { waitMs = 60_000, pollMs = 200 }: { waitMs?: number; pollMs?: number } = {},
): Promise<FinishOutcome> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const outcome = await finishUpload(deps, uploadId);
    if (outcome !== 'busy' || Date.now() >= deadline) return outcome;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
