import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/sync/blobs-api.ts';
import { blobSettingsFromEnv } from './blob-env.ts';

describe('file settings from the environment', () => {
  it('defaults: a folder under DATA_DIR, 200 MB', () => {
    expect(blobSettingsFromEnv({})).toMatchObject({
      store: { kind: 'disk', dir: './.data/server/blobs' },
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    });
    expect(blobSettingsFromEnv({ DATA_DIR: '/srv/quan' }).store).toEqual({
      kind: 'disk',
      dir: '/srv/quan/blobs',
    });
    expect(blobSettingsFromEnv({ BLOB_DIR: '/mnt/tep', MAX_FILE_BYTES: '1048576' })).toMatchObject({
      store: { kind: 'disk', dir: '/mnt/tep' },
      maxFileBytes: 1_048_576,
    });
  });

  it('S3: bucket needed, credentials in pairs, path style unless told otherwise', () => {
    expect(
      blobSettingsFromEnv({
        BLOB_STORE: 's3',
        S3_BUCKET: 'tai-lieu',
        S3_ENDPOINT: 'http://10.0.0.9:9000',
        S3_ACCESS_KEY_ID: 'k',
        S3_SECRET_ACCESS_KEY: 's',
      }).store,
    ).toEqual({
      kind: 's3',
      bucket: 'tai-lieu',
      endpoint: 'http://10.0.0.9:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      forcePathStyle: true,
    });
    expect(
      blobSettingsFromEnv({ BLOB_STORE: 's3', S3_BUCKET: 'b', S3_FORCE_PATH_STYLE: '0' }).store,
    ).toMatchObject({
      endpoint: null,
      credentials: null,
      forcePathStyle: false,
    });
    expect(() => blobSettingsFromEnv({ BLOB_STORE: 's3' })).toThrow('BLOB_STORE=s3 cần S3_BUCKET');
    expect(() => blobSettingsFromEnv({ BLOB_STORE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      'S3_SECRET_ACCESS_KEY',
    );
  });

  it('nonsense stops with one line', () => {
    expect(() => blobSettingsFromEnv({ BLOB_STORE: 'ftp' })).toThrow(
      'BLOB_STORE không hợp lệ: ftp (cần disk hoặc s3)',
    );
    for (const raw of ['0', '-1', '2.5', 'nhiều']) {
      expect(() => blobSettingsFromEnv({ MAX_FILE_BYTES: raw })).toThrow(
        `MAX_FILE_BYTES không hợp lệ: ${raw}`,
      );
    }
  });
});
