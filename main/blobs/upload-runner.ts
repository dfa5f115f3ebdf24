import type { UrlStorage } from 'tus-js-client';
import type { BlobRef } from '../../shared/sync/blobs-api.ts';
import type { Logger } from '../log/logger.ts';
import type { BlobStore } from './blob-store.ts';
import { transferFailureOf, type BlobServer } from './blob-server.ts';
import { uploadBlob } from './upload.ts';
import type { UploadQueue } from './upload-queue.ts';

export interface UploadRunnerOptions {
  store: BlobStore;
  queue: UploadQueue;
  server: BlobServer;
  urlStorage: UrlStorage;
  log: Logger;
  tusRetryDelays?: number[];
  /** A blob's state may have changed: tell the page. */
  changed: (sha256: string) => Promise<void>;
}

const keyOf = (ref: BlobRef) => `${ref.sha256} ${ref.spaceId}`;

/**
 * The persistent upload queue, worked through in order: each entry linked or sent (upload.ts), then
 * removed. The last failure of a blob is kept (in memory) for its state's `message`.
 */
export function createUploadRunner(options: UploadRunnerOptions) {
  const failures = new Map<string, string>();
  /** Blobs that could not be sent because their only copy was damaged: gone from everywhere. */
  const lost = new Map<string, string>();

  /** One upload; answers false when the pass should stop (offline, signed out, the server busy). */
  const uploadOne = async (ref: BlobRef): Promise<boolean> => {
    try {
      const outcome = await uploadBlob(ref, { ...options, retryDelays: options.tusRetryDelays });
      options.log.info('files.uploaded', { sha256: ref.sha256, spaceId: ref.spaceId, outcome });
      failures.delete(ref.sha256);
      lost.delete(ref.sha256);
      await options.queue.remove(ref);
      await options.changed(ref.sha256);
      return true;
    } catch (error) {
      const failure = transferFailureOf(error);
      options.log.warn('files.upload_failed', {
        sha256: ref.sha256,
        kind: failure.kind,
        error: String(error),
      });
      failures.set(ref.sha256, failure.message);
      // Damaged on this disk (verify deleted it): it cannot be sent.
      if (failure.kind === 'damaged') {
        await options.queue.remove(ref);
        if (!(await options.store.has(ref.sha256))) lost.set(ref.sha256, failure.message);
      }
      await options.changed(ref.sha256);
      return failure.kind !== 'wait';
    }
  };

  return {
    failures,
    lost,
    /** Each queued upload once (those committed meanwhile too); answers whether every one went through. */
    async pass(stopped: () => boolean): Promise<boolean> {
      const tried = new Set<string>();
      let clean = true;
      for (;;) {
        const ref = (await options.queue.list()).find((entry) => !tried.has(keyOf(entry)));
        if (!ref || stopped()) break;
        tried.add(keyOf(ref));
        const goOn = await uploadOne(ref);
        clean &&= goOn && !failures.has(ref.sha256);
        if (!goOn) break;
      }
      return clean;
    },
  };
}
