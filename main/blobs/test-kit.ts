import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainMessage } from '../../shared/i18n/main.ts';
import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';
import type { SpaceId } from '../../shared/domain/space.ts';
import type { FileState } from '../../shared/ipc/files.ts';
import type { Emit } from '../ipc/handlers.ts';
import { silentLogger } from '../log/logger.ts';
import { TransferFailure, type BlobServer } from './blob-server.ts';
import { createFilesService, type FilesHandlers, type FilesServiceOptions } from './files-service.ts';

/** Test helpers of main/blobs (imported by its tests only). */

export const sha256Of = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Deterministic bytes that do not compress: a file of `size` bytes. */
export function fileBytes(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let block = createHash('sha256').update(`seed-${seed}`).digest();
  for (let at = 0; at < size; at += block.length) {
    block.copy(out, at, 0, Math.min(block.length, size - at));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** A server that is never reachable: the transfers wait. */
export const offlineServer: BlobServer = {
  credentials: () => Promise.reject(new TransferFailure('wait', mainMessage('files.offline'))),
  check: () => Promise.reject(new TransferFailure('wait', mainMessage('files.offline'))),
  link: () => Promise.reject(new TransferFailure('wait', mainMessage('files.offline'))),
};

export interface EventLog {
  emit: Emit;
  events: Array<{ event: EventName; payload: unknown }>;
  states(sha256: string): FileState[];
}

export function eventLog(): EventLog {
  const events: Array<{ event: EventName; payload: unknown }> = [];
  return {
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void events.push({ event, payload }),
    events,
    states: (sha256) =>
      events
        .filter((entry) => entry.event === 'files.state')
        .map((entry) => entry.payload as FileState)
        .filter((state) => state.sha256 === sha256),
  };
}

/** A fresh profile folder and temporary root, removed by `cleanup`. */
export async function tempFolders() {
  const base = await mkdtemp(join(tmpdir(), 'blobs-test-'));
  return {
    profile: join(base, 'profile'),
    tmpRoot: await mkdtemp(join(base, 'tmp-')),
    base,
    cleanup: () => rm(base, { recursive: true, force: true }),
  };
}

/** Every file under a folder, relative paths (missing folder: none). */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** A files service on a fresh profile, offline unless told otherwise. */
export function testFiles(profile: string, overrides: Partial<FilesServiceOptions> = {}) {
  const log = eventLog();
  const service = createFilesService({
    userDataDir: profile,
    server: offlineServer,
    emit: log.emit,
    log: silentLogger,
    opener: null,
    minRetryMs: 60_000,
    tusRetryDelays: [],
    ...overrides,
  });
  return { ...service, log };
}

/** Sends a file to `files.stage` in slices and commits it, as the page does. */
export async function stageFile(
  service: { handlers: FilesHandlers },
  data: Buffer,
  spaceId: SpaceId,
  sliceBytes = 64 * 1024,
) {
  const transferId = `transfer-${randomBytes(6).toString('hex')}`;
  for (let offset = 0; offset < data.length; offset += sliceBytes) {
    const slice = data.subarray(offset, offset + sliceBytes).toString('base64');
    await service.handlers['files.stage']({ transferId, offset, data: slice });
  }
  return service.handlers['files.commit']({ transferId, size: data.length, spaceId });
}
