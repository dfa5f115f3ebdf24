import { createHash } from 'node:crypto';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where the bytes of files live, named by their SHA-256 (lowercase hex): a folder (disk-blob-store.ts,
 * the default) or an S3-compatible bucket (s3-blob-store.ts). Both keep a blob at `blobs/ab/cdef…` (the
 * hash's first two digits, then the rest). Blobs never change: one hash, one content.
 *
 * `put` stores nothing unless the bytes it reads hash to the name and count the size it was given; then
 * it throws BlobMismatchError — also when the blob is already there, so naming a hash never stands in for
 * having its bytes. A blob appears whole or not at all (readers never see a partial one), and
 * putting one that is already there is harmless. The tests run one contract suite against both stores
 * (blob-store.contract.test.ts).
 */
export interface BlobStore {
  readonly kind: 'disk' | 's3';
  /** The blob's size, or null when the store does not hold it. */
  stat(sha256: string): Promise<{ size: number } | null>;
  has(sha256: string): Promise<boolean>;
  /** The bytes, or those of `range` (inclusive ends); BlobNotFoundError when absent. */
  createReadStream(sha256: string, range?: ByteRange): Promise<Readable>;
  /** Stores the bytes `open` gives (it may be called more than once: the S3 store reads them twice). */
  put(sha256: string, size: number, open: BlobSource): Promise<'stored' | 'existed'>;
  /** Removes the blob; a missing one is not an error. */
  delete(sha256: string): Promise<void>;
  /** Clears what a crash midway through a put left behind (disk: old temp files). */
  tidy(now: number): Promise<void>;
  close(): Promise<void>;
}

/** A byte range, both ends included (as in `Range: bytes=start-end`). */
export interface ByteRange {
  start: number;
  end: number;
}

export type BlobSource = () => Readable | Promise<Readable>;

export class BlobMismatchError extends Error {
  readonly expected: { sha256: string; size: number };
  readonly actual: { sha256: string; size: number };

  constructor(expected: { sha256: string; size: number }, actual: { sha256: string; size: number }) {
    super(
      `Blob bytes do not match: expected ${expected.sha256} (${expected.size} bytes), ` +
        `got ${actual.sha256} (${actual.size} bytes).`,
    );
    this.name = 'BlobMismatchError';
    this.expected = expected;
    this.actual = actual;
  }
}

export class BlobNotFoundError extends Error {
  constructor(sha256: string) {
    super(`Blob ${sha256} is not in the store.`);
    this.name = 'BlobNotFoundError';
  }
}

/** `blobs/ab/cdef…`: where both stores keep a blob. */
export function blobKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new RangeError(`Not a SHA-256 in hex: ${sha256}`);
  return `blobs/${sha256.slice(0, 2)}/${sha256.slice(2)}`;
}

/** A pass-through that hashes and counts what flows through it; `result()` once it has ended. */
export function hashingStream(): Transform & { result(): { sha256: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  let digest: string | null = null;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return Object.assign(stream, {
    result() {
      digest ??= hash.digest('hex');
      return { sha256: digest, size };
    },
  });
}

/** Throws BlobMismatchError unless what a hashing stream saw is the expected blob. */
export function checkBlob(
  expected: { sha256: string; size: number },
  actual: { sha256: string; size: number },
) {
  if (actual.sha256 !== expected.sha256 || actual.size !== expected.size) {
    throw new BlobMismatchError(expected, actual);
  }
}

/** Reads a source to its end and throws BlobMismatchError unless it is the expected blob. */
export async function verifySource(source: Readable, expected: { sha256: string; size: number }) {
  const hasher = hashingStream();
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  await pipeline(source, hasher, sink);
  checkBlob(expected, hasher.result());
}
