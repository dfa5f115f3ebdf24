import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  BlobNotFoundError,
  blobKey,
  checkBlob,
  hashingStream,
  verifySource,
  type BlobSource,
  type BlobStore,
  type ByteRange,
} from './blob-store.ts';

/**
 * Blobs in a folder: `<dir>/blobs/ab/cdef…`. A put writes a temp file in `<dir>/tmp/` (same filesystem)
 * while hashing it, fsyncs it, checks hash and size, then renames it into place and fsyncs the folder:
 * a crash leaves either the whole blob or none, plus at most a temp file, which `tidy` (called at
 * start and with every sweep) clears. Nothing is created until the first put.
 */
const TEMP_DIR = 'tmp';
/** A temp file older than this is left over from a crash (a put never takes an hour). */
const STALE_TEMP_MS = 60 * 60_000;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** fsync a folder, so a rename into it survives a power cut. */
async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function createDiskBlobStore(dir: string): BlobStore {
  const root = resolve(dir);
  const pathOf = (sha256: string) => join(root, blobKey(sha256));

  async function statBlob(sha256: string): Promise<{ size: number } | null> {
    try {
      const info = await stat(pathOf(sha256));
      return info.isFile() ? { size: info.size } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Writes the temp file while hashing it; `flush` fsyncs it before the stream closes. */
  async function writeTemp(temp: string, source: Readable, expected: { sha256: string; size: number }) {
    const hasher = hashingStream();
    await pipeline(source, hasher, createWriteStream(temp, { flags: 'wx', mode: 0o640, flush: true }));
    checkBlob(expected, hasher.result());
  }

  return {
    kind: 'disk',
    stat: statBlob,
    has: async (sha256) => (await statBlob(sha256)) !== null,

    async createReadStream(sha256: string, range?: ByteRange): Promise<Readable> {
      let handle;
      try {
        handle = await open(pathOf(sha256), 'r');
      } catch (error) {
        if (isMissing(error)) throw new BlobNotFoundError(sha256);
        throw error;
      }
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async put(sha256: string, size: number, openSource: BlobSource) {
      const target = pathOf(sha256);
      if ((await statBlob(sha256))?.size === size) {
        // Already here: the bytes offered are still checked, or a hash alone would pass for the file.
        await verifySource(await openSource(), { sha256, size });
        return 'existed';
      }
      await mkdir(join(root, TEMP_DIR), { recursive: true });
      const temp = join(root, TEMP_DIR, `${randomUUID()}.part`);
      try {
        await writeTemp(temp, await openSource(), { sha256, size });
        await mkdir(dirname(target), { recursive: true });
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncDir(dirname(target));
      return 'stored';
    },

    async delete(sha256: string) {
      await unlink(pathOf(sha256)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    },

    async tidy(now: number) {
      const temps = await readdir(join(root, TEMP_DIR)).catch(() => []);
      for (const name of temps) {
        const path = join(root, TEMP_DIR, name);
        const info = await stat(path).catch(() => null);
        if (info && now - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
      }
    },

    close: async () => undefined,
  };
}
