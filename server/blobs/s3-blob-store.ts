import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { BlobStoreConfig } from './blob-settings.ts';
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
 * Blobs in an S3-compatible bucket, key `blobs/ab/cdef…`. A put reads its source twice: once to hash it
 * (nothing is sent unless it is the blob named), then to send it in one PutObject with its length and
 * `x-amz-checksum-sha256`, which S3 checks itself before the object appears (a PutObject is all or
 * nothing). The bytes are hashed again on the way; should they differ from the first reading, the
 * object is deleted. One PutObject takes up to 5 GB, far above MAX_FILE_BYTES, so no multipart upload
 * (nothing to abort or list).
 *
 * The SDK's default "flexible checksums" (since 3.729) send a stream in aws-chunked encoding with a CRC
 * trailer; services that do not know it (s3rver, older MinIO and Ceph) then store the framing as part of
 * the object. So checksums are sent only when asked for (`WHEN_REQUIRED`) and the SHA-256 is given
 * explicitly, as a plain header.
 */
type S3Config = Extract<BlobStoreConfig, { kind: 's3' }>;

function statusOf(error: unknown): number | null {
  if (error instanceof S3ServiceException) return error.$metadata.httpStatusCode ?? null;
  return null;
}

function isMissing(error: unknown): boolean {
  return (
    statusOf(error) === 404 ||
    (error instanceof Error && (error.name === 'NotFound' || error.name === 'NoSuchKey'))
  );
}

export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(config.credentials ? { credentials: config.credentials } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function createS3BlobStore(config: S3Config, client: S3Client = createS3Client(config)): BlobStore {
  const { bucket: Bucket } = config;

  async function statBlob(sha256: string): Promise<{ size: number } | null> {
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: blobKey(sha256) }));
      return { size: head.ContentLength ?? 0 };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async function send(sha256: string, size: number, source: Readable): Promise<void> {
    const hasher = hashingStream();
    const Body = source.pipe(hasher);
    source.once('error', (error) => hasher.destroy(error));
    const checksum = Buffer.from(sha256, 'hex').toString('base64');
    const Key = blobKey(sha256);
    await client.send(
      new PutObjectCommand({ Bucket, Key, Body, ContentLength: size, ChecksumSHA256: checksum }),
    );
    try {
      checkBlob({ sha256, size }, hasher.result());
    } catch (error) {
      await client.send(new DeleteObjectCommand({ Bucket, Key }));
      throw error;
    }
  }

  return {
    kind: 's3',
    stat: statBlob,
    has: async (sha256) => (await statBlob(sha256)) !== null,

    async createReadStream(sha256: string, range?: ByteRange): Promise<Readable> {
      try {
        const answer = await client.send(
          new GetObjectCommand({
            Bucket,
            Key: blobKey(sha256),
            ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
          }),
        );
        if (answer.Body instanceof Readable) return answer.Body;
        throw new Error('The S3 client answered a body that is not a Node stream.');
      } catch (error) {
        if (isMissing(error)) throw new BlobNotFoundError(sha256);
        throw error;
      }
    },

    async put(sha256: string, size: number, open: BlobSource) {
      await verifySource(await open(), { sha256, size });
      if ((await statBlob(sha256))?.size === size) return 'existed';
      await send(sha256, size, await open());
      return 'stored';
    },

    async delete(sha256: string) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: blobKey(sha256) }));
    },

    // A PutObject appears whole or not at all: nothing to clear.
    tidy: async () => undefined,
    close: async () => client.destroy(),
  };
}
