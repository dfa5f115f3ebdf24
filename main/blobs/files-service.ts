import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mainMessage } from '../../shared/i18n/main.ts';
import type { filesChannels } from '../../shared/ipc/files.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/sync/blobs-api.ts';
import { HandlerFailure, type Emit, type Handlers } from '../ipc/handlers.ts';
import type { Logger } from '../log/logger.ts';
import type { BlobServer } from './blob-server.ts';
import { createBlobStore, type BlobStore } from './blob-store.ts';
import { realDiskIo, type DiskIo } from './disk-io.ts';
import { makeOpenCopy, sweepOpenCopies, type FileOpener } from './open-copy.ts';
import { createStaging, type Staging } from './staging.ts';
import { createTransfers, type Transfers } from './transfers.ts';
import { createUploadQueue, type UploadQueue } from './upload-queue.ts';
import { createFileUrlStorage } from './url-storage.ts';

export type FilesHandlers = Pick<Handlers, keyof typeof filesChannels>;

export interface FilesServiceOptions {
  /** The profile's folder: the store is `<profile>/blobs`. */
  userDataDir: string;
  server: BlobServer;
  emit: Emit;
  log: Logger;
  /** Electron's shell.openPath, or the web host's download links; null: `files.open` is unavailable. */
  opener: FileOpener | null;
  now?: () => number;
  io?: DiskIo;
  maxFileBytes?: number;
  /** Where the open copies' folders are made (the system's temporary folder). */
  tmpRoot?: string;
  tusRetryDelays?: number[];
  minRetryMs?: number;
  progressEveryMs?: number;
}

/** Open copies older than this are removed at start (an application may hold a recent one open). */
const OPEN_COPY_MAX_AGE_MS = 7 * 24 * 60 * 60_000;

const unique = (values: readonly string[]) => [...new Set(values)];

interface HandlerDeps {
  store: BlobStore;
  queue: UploadQueue;
  staging: Staging;
  transfers: Transfers;
  io: DiskIo;
  tmpRoot: string;
  emit: Emit;
  opener: FileOpener | null;
  ready: Promise<unknown>;
}

/** The `files.*` channels over the service's parts. */
function filesHandlers(deps: HandlerDeps): FilesHandlers {
  const { store, queue, staging, transfers, io, tmpRoot } = deps;
  const tell = async (sha256: string) => deps.emit('files.state', await transfers.state(sha256));

  /** Checks the blob's bytes now; a damaged one is gone from here on, and the page is told. */
  const local = async (sha256: string): Promise<void> => {
    const had = await store.has(sha256);
    if ((await store.verify(sha256)) !== null) return;
    if (had) await tell(sha256);
    throw new HandlerFailure('not_found', mainMessage(had ? 'files.corrupt' : 'files.notLocal'));
  };

  return {
    'files.stage': async (input) => {
      await deps.ready;
      return staging.stage(input);
    },
    'files.commit': async ({ transferId, size, spaceId }) => {
      const stored = await staging.commit({ transferId, size });
      await queue.add({ sha256: stored.sha256, spaceId, size: stored.size });
      await tell(stored.sha256);
      transfers.kick();
      return stored;
    },
    'files.states': async ({ sha256s }) => ({ states: await Promise.all(sha256s.map(transfers.state)) }),
    'files.fetch': async ({ blobs }) => ({ queued: await transfers.fetch(blobs) }),
    'files.read': async ({ sha256, offset, length }) => {
      await local(sha256);
      const read = await store.read(sha256, offset, length);
      if (!read) throw new HandlerFailure('not_found', mainMessage('files.notLocal'));
      return { data: read.data.toString('base64'), size: read.size };
    },
    'files.open': async ({ sha256, name }) => {
      const opener = deps.opener;
      if (!opener) throw new HandlerFailure('unavailable', mainMessage('files.openFailed', { reason: '—' }));
      await local(sha256);
      const copy = await makeOpenCopy(store, sha256, name, io, tmpRoot);
      if (!copy) {
        await tell(sha256);
        throw new HandlerFailure('not_found', mainMessage('files.corrupt'));
      }
      return opener.open(copy.path, copy.name);
    },
    'files.usage': async ({ sha256s }) => {
      let bytes = 0;
      for (const sha256 of unique(sha256s)) bytes += (await store.size(sha256)) ?? 0;
      return { bytes };
    },
    'files.free': async ({ sha256s }) => {
      let freed = 0;
      for (const sha256 of unique(sha256s)) {
        if ((await queue.pending(sha256)) || !(await store.has(sha256))) continue;
        freed += await store.remove(sha256);
        await tell(sha256);
      }
      return { freed };
    },
  };
}

/**
 * Conference materials on this machine (shared/ipc/files.ts): the content-addressed store, the files
 * arriving from the page, the upload queue and the downloads, behind the `files.*` channels.
 */
export function createFilesService(options: FilesServiceOptions) {
  const now = options.now ?? Date.now;
  const io = options.io ?? realDiskIo;
  const root = join(options.userDataDir, 'blobs');
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const tmpRoot = options.tmpRoot ?? tmpdir();
  const store = createBlobStore({ root, now });
  const queue = createUploadQueue(join(root, 'uploads.json'), options.log, now);
  const staging = createStaging({ store, io, maxFileBytes, now });
  const transfers = createTransfers({
    store,
    queue,
    server: options.server,
    urlStorage: createFileUrlStorage(join(root, 'tus-uploads.json')),
    io,
    partialDir: join(root, 'partial'),
    emit: (state) => options.emit('files.state', state),
    log: options.log,
    now,
    ...(options.tusRetryDelays ? { tusRetryDelays: options.tusRetryDelays } : {}),
    ...(options.minRetryMs !== undefined ? { minRetryMs: options.minRetryMs } : {}),
    ...(options.progressEveryMs !== undefined ? { progressEveryMs: options.progressEveryMs } : {}),
  });
  const ready = Promise.all([store.clearTemp(), sweepOpenCopies(now(), OPEN_COPY_MAX_AGE_MS, tmpRoot)]).catch(
    (error: unknown) => options.log.warn('files.cleanup_failed', { error: String(error) }),
  );

  return {
    handlers: filesHandlers({ ...options, io, tmpRoot, store, queue, staging, transfers, ready }),
    /** The checked local file of a blob, or null when it is not here (a meeting's bundle reads them). */
    blobPath: async (sha256: string) => ((await store.verify(sha256)) === null ? null : store.pathOf(sha256)),
    /** Main is online, or a sync round began: send and fetch what waits. */
    kick: () => transfers.kick(),
    /** Waits for the transfers running now (tests). */
    idle: () => transfers.idle(),
    async stop() {
      await transfers.stop();
      await staging.closeAll();
    },
    store,
    queue,
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
