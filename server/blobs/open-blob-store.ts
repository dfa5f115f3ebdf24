import type { BlobStoreConfig } from './blob-settings.ts';
import type { BlobStore } from './blob-store.ts';
import { createDiskBlobStore } from './disk-blob-store.ts';
import { createS3BlobStore } from './s3-blob-store.ts';

/** The blob store the settings name; a disk store also clears temp files a crash left behind. */
export async function openBlobStore(config: BlobStoreConfig, now: number): Promise<BlobStore> {
  const store = config.kind === 's3' ? createS3BlobStore(config) : createDiskBlobStore(config.dir);
  await store.tidy(now);
  return store;
}
