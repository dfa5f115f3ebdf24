import { DEFAULT_MAX_FILE_BYTES } from '../../shared/sync/blobs-api.ts';

/**
 * Where the server keeps files and how large they may be (server/README.md "Files (blobs)"). The command
 * line reads them from the environment (blob-env.ts); tests pass them to `startServer`.
 */
export type BlobStoreConfig =
  | {
      kind: 'disk';
      /** The blob folder: `BLOB_DIR`, by default `<DATA_DIR>/blobs`. Several instances must share it. */
      dir: string;
    }
  | {
      kind: 's3';
      bucket: string;
      /** An S3-compatible service's address (MinIO, Ceph …); null: AWS itself. */
      endpoint: string | null;
      region: string;
      /** null: the SDK's own chain (AWS_ACCESS_KEY_ID …, a profile, an instance role). */
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      /** `bucket` in the path, not the host name: what most S3-compatible services need. */
      forcePathStyle: boolean;
    };

export interface BlobSettings {
  store: BlobStoreConfig;
  /** The largest file in bytes (`MAX_FILE_BYTES`); a larger upload is refused with 413. */
  maxFileBytes: number;
  /** An unfinished upload is removed this long after its creation (tus expiration). */
  uploadExpiryMs: number;
  /** How often expired uploads are looked for. */
  sweepIntervalMs: number;
}

export const DEFAULT_BLOB_SETTINGS: BlobSettings = {
  store: { kind: 'disk', dir: './.data/server/blobs' },
  maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  uploadExpiryMs: 24 * 60 * 60_000,
  sweepIntervalMs: 60 * 60_000,
};
