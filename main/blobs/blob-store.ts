import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isMissing, sha256OfFile } from './disk-io.ts';

const SHA256 = /^[0-9a-f]{64}$/;
/** A check of a blob's bytes stands this long for the same file (size and mtime): previews read slices. */
const VERIFIED_FOR_MS = 10 * 60_000;

/** fsync a folder, so a rename into it survives a power cut (not possible on Windows: skipped there). */
async function syncDir(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some platforms refuse to flush a folder; the rename itself is atomic.
  } finally {
    await handle.close();
  }
}

/** `length` bytes (fewer at the end of the file) from `offset`. */
async function readSlice(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    let done = 0;
    while (done < buffer.length) {
      const { bytesRead } = await handle.read(buffer, done, buffer.length - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return buffer.subarray(0, done);
  } finally {
    await handle.close();
  }
}

export interface BlobStoreOptions {
  /** The store's folder: `<profile>/blobs`. */
  root: string;
  now?: () => number;
}

/**
 * Checks of blobs' bytes, remembered for the same file (size and mtime) for a while: a preview reads a
 * file slice by slice, and each slice must not hash the whole file again.
 */
function createVerifier(pathOf: (sha256: string) => string, now: () => number) {
  const verified = new Map<string, { size: number; mtimeMs: number; at: number }>();

  const statOf = async (sha256: string) => {
    try {
      const info = await stat(pathOf(sha256));
      return info.isFile() ? info : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  };

  const drop = async (sha256: string) => {
    verified.delete(sha256);
    await rm(pathOf(sha256), { force: true });
  };

  /** The blob's size when its bytes hash to its name; a damaged blob is deleted (null, like a missing one). */
  const verify = async (sha256: string): Promise<number | null> => {
    const info = await statOf(sha256);
    if (!info) {
      verified.delete(sha256);
      return null;
    }
    const known = verified.get(sha256);
    const fresh = known && now() - known.at < VERIFIED_FOR_MS;
    if (fresh && known.size === info.size && known.mtimeMs === info.mtimeMs) return info.size;
    const actual = await sha256OfFile(pathOf(sha256));
    if (actual.sha256 !== sha256) {
      await drop(sha256);
      return null;
    }
    verified.set(sha256, { size: info.size, mtimeMs: info.mtimeMs, at: now() });
    return info.size;
  };

  return { statOf, drop, verify };
}

/**
 * This machine's copy of the conference materials' bytes, content-addressed under the profile:
 * `<profile>/blobs/ab/cdef…` (the SHA-256's first two hex digits, then the other 62). Files on their way
 * in wait on the same filesystem (staged from the page: `<profile>/blobs/tmp/`; cut downloads:
 * `<profile>/blobs/partial/`), so a finished file enters the store by one rename: the store never holds
 * a partial blob. A blob whose bytes no longer match its name is deleted when it is read (`verify`), so
 * it counts as not here and is fetched again.
 */
export function createBlobStore(options: BlobStoreOptions) {
  const root = options.root;
  const tempDir = join(root, 'tmp');
  const pathOf = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new RangeError(`Not a SHA-256 in hex: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2));
  };
  const { statOf, drop, verify } = createVerifier(pathOf, options.now ?? Date.now);

  return {
    root,
    pathOf,
    /** A fresh path in the store's temporary folder (not created). */
    async tempPath(kind: string): Promise<string> {
      await mkdir(tempDir, { recursive: true });
      return join(tempDir, `${kind}-${randomBytes(12).toString('hex')}`);
    },
    tempDir,
    /** Whether the blob is here (not checked: `verify` reads it). */
    has: async (sha256: string) => (await statOf(sha256)) !== null,
    /** The blob's size on disk, unchecked; null when absent. */
    size: async (sha256: string) => (await statOf(sha256))?.size ?? null,
    verify,
    /**
     * Moves a finished temporary file, already hashed to `sha256` and flushed, into the store. An intact
     * blob already there is kept and the file deleted: nothing is written twice. Answers whether it wrote.
     */
    async adopt(tempFile: string, sha256: string): Promise<'stored' | 'existed'> {
      const target = pathOf(sha256);
      try {
        if ((await verify(sha256)) !== null) {
          await rm(tempFile, { force: true });
          return 'existed';
        }
        await mkdir(dirname(target), { recursive: true });
        await rename(tempFile, target);
      } catch (error) {
        await rm(tempFile, { force: true });
        throw error;
      }
      await syncDir(dirname(target));
      return 'stored';
    },
    /** Reads `length` bytes from `offset` of a blob checked by `verify`; null when it is not (or no longer) here. */
    async read(
      sha256: string,
      offset: number,
      length: number,
    ): Promise<{ data: Buffer; size: number } | null> {
      const size = await verify(sha256);
      if (size === null) return null;
      return { data: await readSlice(pathOf(sha256), offset, Math.min(length, size - offset)), size };
    },
    /** Deletes a blob; answers the bytes freed. */
    async remove(sha256: string): Promise<number> {
      const info = await statOf(sha256);
      if (!info) return 0;
      await drop(sha256);
      return info.size;
    },
    /** Deletes what is left in the temporary folder by an earlier run (its transfers are gone). */
    async clearTemp(keep: (name: string) => boolean = () => false): Promise<void> {
      const names = await readdir(tempDir).catch(() => [] as string[]);
      for (const name of names)
        if (!keep(name)) await rm(join(tempDir, name), { force: true, recursive: true });
    },
  };
}

export type BlobStore = ReturnType<typeof createBlobStore>;
