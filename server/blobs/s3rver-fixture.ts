import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BlobStoreConfig } from './blob-settings.ts';

/**
 * For tests: s3rver (an S3 look-alike on its own folder) on 127.0.0.1 with one bucket, and the blob
 * store settings that reach it. It serves PutObject, GetObject (ranges too), HeadObject and DeleteObject,
 * which is all the S3 blob store uses; it has no multipart ListParts or Abort, and does not check
 * `x-amz-checksum-sha256` (real S3 does).
 */
interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export interface TestS3 {
  config: Extract<BlobStoreConfig, { kind: 's3' }>;
  stop(): Promise<void>;
}

export async function startTestS3(bucket = 'committee-blobs'): Promise<TestS3> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const directory = await mkdtemp(join(tmpdir(), 'committee-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    config: {
      kind: 's3',
      bucket,
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      forcePathStyle: true,
    },
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
