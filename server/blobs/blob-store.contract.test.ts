import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobMismatchError, BlobNotFoundError, type BlobStore } from './blob-store.ts';
import { createDiskBlobStore } from './disk-blob-store.ts';
import { createS3BlobStore } from './s3-blob-store.ts';
import { startTestS3, type TestS3 } from './s3rver-fixture.ts';

/**
 * One contract, two stores: the disk store in a temp folder and the S3 store against s3rver on
 * loopback. Real S3 (its checksum check, IAM, lifecycle rules) is not tested here.
 */
interface StoreCase {
  name: string;
  open(): Promise<{ store: BlobStore; leftovers(): Promise<string[]>; stop(): Promise<void> }>;
}

const cases: StoreCase[] = [
  {
    name: 'disk',
    open: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'committee-blobs-'));
      return {
        store: createDiskBlobStore(dir),
        leftovers: () => readdir(join(dir, 'tmp')).catch(() => []),
        stop: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 's3 (s3rver)',
    open: async () => {
      const s3: TestS3 = await startTestS3();
      const store = createS3BlobStore(s3.config);
      return {
        store,
        leftovers: async () => [],
        stop: async () => {
          await store.close();
          await s3.stop();
        },
      };
    },
  },
];

function blobOf(bytes: Buffer) {
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/** A source in pieces, as the upload store gives it. */
const sourceOf =
  (bytes: Buffer, piece = 64 * 1024) =>
  () =>
    Readable.from(
      Array.from({ length: Math.ceil(bytes.length / piece) }, (_, i) =>
        bytes.subarray(i * piece, (i + 1) * piece),
      ),
    );

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe.each(cases)('blob store contract: $name', (storeCase) => {
  let store: BlobStore;
  let opened: Awaited<ReturnType<StoreCase['open']>>;
  const big = blobOf(randomBytes(1_500_000));

  beforeAll(async () => {
    opened = await storeCase.open();
    store = opened.store;
  });
  afterAll(() => opened.stop());

  it('stores a blob from a stream, verified, and reads it back whole and by range', async () => {
    expect(await store.has(big.sha256)).toBe(false);
    expect(await store.stat(big.sha256)).toBeNull();
    expect(await store.put(big.sha256, big.size, sourceOf(big.bytes))).toBe('stored');
    expect(await store.has(big.sha256)).toBe(true);
    expect(await store.stat(big.sha256)).toEqual({ size: big.size });
    expect((await read(await store.createReadStream(big.sha256))).equals(big.bytes)).toBe(true);
    const range = { start: 1000, end: 1_200_000 };
    const part = await read(await store.createReadStream(big.sha256, range));
    expect(part.equals(big.bytes.subarray(range.start, range.end + 1))).toBe(true);
    const last = await read(
      await store.createReadStream(big.sha256, { start: big.size - 1, end: big.size - 1 }),
    );
    expect([...last]).toEqual([big.bytes[big.size - 1]]);
  });

  it('putting it again says it existed, and still checks the bytes offered', async () => {
    expect(await store.put(big.sha256, big.size, sourceOf(big.bytes))).toBe('existed');
    const wrong = Buffer.from(big.bytes);
    wrong[10] = (wrong[10] ?? 0) ^ 0xff;
    await expect(store.put(big.sha256, big.size, sourceOf(wrong))).rejects.toBeInstanceOf(BlobMismatchError);
    expect((await read(await store.createReadStream(big.sha256))).equals(big.bytes)).toBe(true);
  });

  it('refuses bytes that do not hash to the name, or have another size, and keeps nothing', async () => {
    const blob = blobOf(randomBytes(300_000));
    const other = randomBytes(300_000);
    await expect(store.put(blob.sha256, blob.size, sourceOf(other))).rejects.toBeInstanceOf(
      BlobMismatchError,
    );
    await expect(store.put(blob.sha256, blob.size + 1, sourceOf(blob.bytes))).rejects.toBeInstanceOf(
      BlobMismatchError,
    );
    expect(await store.has(blob.sha256)).toBe(false);
    expect(await opened.leftovers()).toEqual([]);
  });

  it('a missing blob is not found; deleting removes it, twice is fine', async () => {
    const missing = blobOf(randomBytes(10));
    await expect(store.createReadStream(missing.sha256)).rejects.toBeInstanceOf(BlobNotFoundError);
    const small = blobOf(Buffer.from('Biên bản hội nghị lần thứ 9', 'utf8'));
    await store.put(small.sha256, small.size, sourceOf(small.bytes));
    expect(await text(await store.createReadStream(small.sha256))).toBe('Biên bản hội nghị lần thứ 9');
    await store.delete(small.sha256);
    await store.delete(small.sha256);
    expect(await store.has(small.sha256)).toBe(false);
  });

  it('an empty file is a blob too', async () => {
    const empty = blobOf(Buffer.alloc(0));
    expect(await store.put(empty.sha256, 0, sourceOf(empty.bytes))).toBe('stored');
    expect(await store.stat(empty.sha256)).toEqual({ size: 0 });
    expect((await read(await store.createReadStream(empty.sha256))).length).toBe(0);
  });
});
