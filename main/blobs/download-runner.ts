import type { BlobRef } from '../../shared/sync/blobs-api.ts';
import type { Logger } from '../log/logger.ts';
import type { BlobStore } from './blob-store.ts';
import { transferFailureOf, type BlobServer, type TransferFailure } from './blob-server.ts';
import type { DiskIo } from './disk-io.ts';
import { downloadBlob } from './download.ts';

export interface DownloadRunnerOptions {
  store: BlobStore;
  server: BlobServer;
  io: DiskIo;
  partialDir: string;
  log: Logger;
  now: () => number;
  /** Progress is told at most this often per file. */
  progressEveryMs?: number;
  /** A blob's state may have changed: tell the page. */
  changed: (sha256: string) => Promise<void>;
  /** Tells a download's progress. */
  progress: (sha256: string, received: number, size: number) => void;
}

/**
 * The files the page asked to fetch (in memory: the page asks again after a restart, and a cut download's
 * partial file waits on disk to be resumed), fetched one after another (download.ts).
 */
export function createDownloadRunner(options: DownloadRunnerOptions) {
  const queued = new Map<string, BlobRef>();
  const progress = new Map<string, { received: number; size: number; toldAt: number }>();
  const failures = new Map<string, string>();

  const onProgress = (sha256: string) => (received: number, size: number) => {
    const known = progress.get(sha256);
    if (known && received < size && options.now() - known.toldAt < (options.progressEveryMs ?? 250)) {
      known.received = received;
      return;
    }
    progress.set(sha256, { received, size, toldAt: options.now() });
    options.progress(sha256, received, size);
  };

  const failed = (ref: BlobRef, failure: TransferFailure) => {
    options.log.warn('files.download_failed', {
      sha256: ref.sha256,
      kind: failure.kind,
      error: failure.message,
    });
    progress.delete(ref.sha256);
    failures.set(ref.sha256, failure.message);
    // Not allowed, or not on the server: nothing to retry until the page asks again.
    if (failure.kind === 'refused') queued.delete(ref.sha256);
  };

  /** One download; answers false when the pass should stop (offline, signed out, the server busy). */
  const downloadOne = async (ref: BlobRef): Promise<boolean> => {
    try {
      await downloadBlob(ref, { ...options, onProgress: onProgress(ref.sha256) });
      queued.delete(ref.sha256);
      progress.delete(ref.sha256);
      failures.delete(ref.sha256);
      await options.changed(ref.sha256);
      return true;
    } catch (error) {
      const failure = transferFailureOf(error);
      failed(ref, failure);
      await options.changed(ref.sha256);
      return failure.kind !== 'wait';
    }
  };

  return {
    progressOf: (sha256: string) => progress.get(sha256) ?? null,
    failureOf: (sha256: string) => failures.get(sha256) ?? null,
    /** Remembers a failure found elsewhere (the only copy of an unsent file was damaged). */
    setFailure: (sha256: string, message: string) => failures.set(sha256, message),
    waiting: () => queued.size,
    /** Queues the blobs not here yet; answers how many were queued. */
    async add(refs: readonly BlobRef[]): Promise<number> {
      let count = 0;
      for (const ref of refs) {
        if (queued.has(ref.sha256) || (await options.store.has(ref.sha256))) continue;
        queued.set(ref.sha256, ref);
        failures.delete(ref.sha256);
        progress.set(ref.sha256, { received: 0, size: ref.size, toldAt: options.now() });
        options.progress(ref.sha256, 0, ref.size);
        count += 1;
      }
      return count;
    },
    /** Each queued download once (those asked for meanwhile too); answers whether every one went through. */
    async pass(stopped: () => boolean): Promise<boolean> {
      const tried = new Set<string>();
      let clean = true;
      for (;;) {
        const ref = [...queued.values()].find((entry) => !tried.has(entry.sha256));
        if (!ref || stopped()) break;
        tried.add(ref.sha256);
        const goOn = await downloadOne(ref);
        clean &&= goOn && !failures.has(ref.sha256);
        if (!goOn) break;
      }
      return clean && queued.size === 0;
    },
  };
}
