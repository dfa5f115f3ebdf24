import { serverMessage } from '../../shared/i18n/server.ts';
import { AdminError } from '../admin/user-admin.ts';
import { DEFAULT_BLOB_SETTINGS, type BlobSettings, type BlobStoreConfig } from './blob-settings.ts';

/**
 * The file settings from the environment (server/README.md "Files (blobs)"):
 * - `MAX_FILE_BYTES`: the largest file (default 200 MB);
 * - `BLOB_STORE`: `disk` (default) or `s3`;
 * - disk: `BLOB_DIR`, by default `<DATA_DIR>/blobs` (DATA_DIR itself defaulting to ./.data/server);
 * - s3: `S3_BUCKET` (needed), `S3_ENDPOINT` (an S3-compatible service; unset: AWS), `S3_REGION` (default
 *   us-east-1), `S3_ACCESS_KEY_ID` and `S3_SECRET_ACCESS_KEY` (unset: the SDK's own chain),
 *   `S3_FORCE_PATH_STYLE` (default 1; 0 puts the bucket in the host name).
 * A value that makes no sense stops `serve` with one line.
 */
function maxFileBytesFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.MAX_FILE_BYTES?.trim();
  if (!raw) return DEFAULT_BLOB_SETTINGS.maxFileBytes;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new AdminError(serverMessage('cli.badMaxFileBytes', { raw }));
  return value;
}

function s3From(env: NodeJS.ProcessEnv): BlobStoreConfig {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new AdminError(serverMessage('cli.missingS3Setting', { name: 'S3_BUCKET' }));
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    const missing = accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID';
    throw new AdminError(serverMessage('cli.missingS3Setting', { name: missing }));
  }
  return {
    kind: 's3',
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || null,
    region: env.S3_REGION?.trim() || 'us-east-1',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : null,
    forcePathStyle: env.S3_FORCE_PATH_STYLE?.trim() !== '0',
  };
}

export function blobSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): BlobSettings {
  const kind = env.BLOB_STORE?.trim() || 'disk';
  if (kind !== 'disk' && kind !== 's3')
    throw new AdminError(serverMessage('cli.badBlobStore', { raw: kind }));
  const dataDir = env.DATA_DIR?.trim() || './.data/server';
  const store: BlobStoreConfig =
    kind === 's3' ? s3From(env) : { kind: 'disk', dir: env.BLOB_DIR?.trim() || `${dataDir}/blobs` };
  return { ...DEFAULT_BLOB_SETTINGS, store, maxFileBytes: maxFileBytesFrom(env) };
}
