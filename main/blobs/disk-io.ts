import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { mainMessage } from '../../shared/i18n/main.ts';
import { HandlerFailure } from '../ipc/handlers.ts';

/**
 * The two disk operations that can fail for want of space, injectable so a test can fill the disk: every
 * byte main/blobs writes goes through `write`, every file it keeps is flushed by `sync`.
 */
export interface DiskIo {
  write(handle: FileHandle, data: Uint8Array): Promise<void>;
  sync(handle: FileHandle): Promise<void>;
}

export const realDiskIo: DiskIo = {
  async write(handle, data) {
    let done = 0;
    while (done < data.byteLength) {
      const { bytesWritten } = await handle.write(data, done, data.byteLength - done);
      done += bytesWritten;
    }
  },
  sync: (handle) => handle.sync(),
};

/** ENOSPC (no space left) or EDQUOT (over the user's quota): the disk cannot take more. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The failure the user reads when the disk is full. */
export function diskFullFailure(): HandlerFailure {
  return new HandlerFailure('unavailable', mainMessage('files.diskFull'));
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** SHA-256 (hex) and size of a file, read as a stream. */
export async function hashFile(path: string, into: Hash = createHash('sha256')): Promise<number> {
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    into.update(bytes);
    size += bytes.length;
  }
  return size;
}

export async function sha256OfFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  const size = await hashFile(path, hash);
  return { sha256: hash.digest('hex'), size };
}

/**
 * A file written in order and hashed as it grows: staging a file from the page, a download, the copy a
 * file is opened from. `write` never leaves a torn file behind a full disk: on ENOSPC the file is closed,
 * deleted, and the disk-full failure thrown. `finish` flushes it to disk and answers its hash and size.
 */
export interface HashingWriter {
  readonly path: string;
  readonly size: number;
  write(data: Uint8Array): Promise<void>;
  finish(): Promise<{ sha256: string; size: number }>;
  /** Closes the file and deletes it. */
  discard(): Promise<void>;
  /** Closes the file and keeps it (a cut download resumes from it). */
  close(): Promise<void>;
}

export async function openHashingWriter(
  path: string,
  io: DiskIo,
  resume: { hash: Hash; size: number } | null = null,
): Promise<HashingWriter> {
  const handle = await open(path, resume ? 'a' : 'wx', 0o600);
  const hash = resume?.hash ?? createHash('sha256');
  let size = resume?.size ?? 0;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close().catch(() => undefined);
  };
  const discard = async () => {
    await close();
    await rm(path, { force: true });
  };
  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (!isDiskFull(error)) throw error;
      await discard();
      throw diskFullFailure();
    }
  };
  return {
    path,
    get size() {
      return size;
    },
    async write(data) {
      await guard(() => io.write(handle, data));
      hash.update(data);
      size += data.byteLength;
    },
    async finish() {
      await guard(() => io.sync(handle));
      await close();
      return { sha256: hash.digest('hex'), size };
    },
    discard,
    close,
  };
}
