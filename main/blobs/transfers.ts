import type { UrlStorage } from 'tus-js-client';
import type { FileState } from '../../shared/ipc/files.ts';
import type { BlobRef } from '../../shared/sync/blobs-api.ts';
import type { Logger } from '../log/logger.ts';
import type { BlobStore } from './blob-store.ts';
import type { BlobServer } from './blob-server.ts';
import type { DiskIo } from './disk-io.ts';
import { createDownloadRunner } from './download-runner.ts';
import { createUploadRunner } from './upload-runner.ts';
import type { UploadQueue } from './upload-queue.ts';

export interface TransfersOptions {
  store: BlobStore;
  queue: UploadQueue;
  server: BlobServer;
  urlStorage: UrlStorage;
  io: DiskIo;
  partialDir: string;
  emit: (state: FileState) => void;
  log: Logger;
  now?: () => number;
  /** tus-js-client's retries within one attempt (tests: none). */
  tusRetryDelays?: number[];
  /** After a failed pass, the next starts after this, doubling up to `maxRetryMs`; a kick starts one at once. */
  minRetryMs?: number;
  maxRetryMs?: number;
  /** A download's progress is told at most this often (250 ms). */
  progressEveryMs?: number;
}

/** Runs `run` later after failures, each time twice as late (up to `maxMs`), until reset. */
function createRetryTimer(run: () => void, minMs: number, maxMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let delay = minMs;
  const clear = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    later() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        run();
      }, delay);
      timer.unref?.();
      delay = Math.min(delay * 2, maxMs);
    },
    reset() {
      clear();
      delay = minMs;
    },
    clear,
  };
}

/**
 * The uploads and the downloads, each a loop over its queue, one file at a time: uploads from the
 * persistent queue (upload-runner.ts), downloads of what the page asked to fetch (download-runner.ts). A
 * pass runs when kicked (main came online, a sync round began, a file was committed or asked for) and,
 * after a failure, again later with a growing delay. Every change of a file's state goes out with `emit`.
 */
export function createTransfers(options: TransfersOptions) {
  const now = options.now ?? Date.now;
  const running = { uploads: null as Promise<void> | null, downloads: null as Promise<void> | null };
  let stopped = false;

  const state = async (sha256: string): Promise<FileState> => {
    const downloading = downloads.progressOf(sha256);
    if (downloading)
      return { state: 'downloading', sha256, received: downloading.received, size: downloading.size };
    if (await options.store.has(sha256)) {
      const pending = await options.queue.pending(sha256);
      const message = pending ? uploads.failures.get(sha256) : undefined;
      return { state: 'local', sha256, uploaded: !pending, ...(message ? { message } : {}) };
    }
    const failure = downloads.failureOf(sha256) ?? uploads.lost.get(sha256);
    return failure ? { state: 'failed', sha256, message: failure } : { state: 'remote', sha256 };
  };
  const changed = async (sha256: string) => options.emit(await state(sha256));

  const uploads = createUploadRunner({ ...options, changed });
  const downloads = createDownloadRunner({
    ...options,
    now,
    changed,
    progress: (sha256, received, size) => options.emit({ state: 'downloading', sha256, received, size }),
  });
  const retry = createRetryTimer(run, options.minRetryMs ?? 5_000, options.maxRetryMs ?? 5 * 60_000);

  const loop = (key: 'uploads' | 'downloads', pass: (stopped: () => boolean) => Promise<boolean>) => {
    if (running[key] || stopped) return;
    running[key] = pass(() => stopped)
      .then((clean) => (clean ? undefined : retry.later()))
      .catch((error: unknown) => {
        options.log.error('files.pass_failed', { key, error: String(error) });
        retry.later();
      })
      .finally(() => {
        running[key] = null;
      });
  };

  function run() {
    loop('uploads', uploads.pass);
    loop('downloads', downloads.pass);
  }

  return {
    state,
    /** Starts a pass of both queues now (the retry delay starts again from its shortest). */
    kick() {
      retry.reset();
      run();
    },
    /** Queues downloads of the blobs not here yet; answers how many were queued. */
    async fetch(refs: readonly BlobRef[]): Promise<number> {
      const queued = await downloads.add(refs);
      if (downloads.waiting() > 0) loop('downloads', downloads.pass);
      return queued;
    },
    /** Waits for the passes running now (tests). */
    async idle(): Promise<void> {
      while (running.uploads || running.downloads) await Promise.all([running.uploads, running.downloads]);
    },
    async stop(): Promise<void> {
      stopped = true;
      retry.clear();
      await Promise.all([running.uploads, running.downloads]);
    },
  };
}

export type Transfers = ReturnType<typeof createTransfers>;
