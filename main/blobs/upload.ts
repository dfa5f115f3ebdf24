import { createReadStream } from 'node:fs';
import { DetailedError, Upload, type UrlStorage } from 'tus-js-client';
import { mainMessage } from '../../shared/i18n/main.ts';
import { BLOB_CHECKSUM_MISMATCH_STATUS, BLOBS_API_PATHS, type BlobRef } from '../../shared/sync/blobs-api.ts';
import type { BlobStore } from './blob-store.ts';
import {
  TransferFailure,
  transferFailureForStatus,
  type BlobCredentials,
  type BlobServer,
} from './blob-server.ts';

export interface UploadDeps {
  store: BlobStore;
  server: BlobServer;
  urlStorage: UrlStorage;
  /** tus-js-client's own retries within one attempt; the queue retries later in any case. */
  retryDelays?: number[];
  onProgress?: (sent: number, size: number) => void;
}

/** What one attempt did: linked a blob the server had (0 bytes sent), or sent it. */
export type UploadOutcome = 'linked' | 'uploaded';

/**
 * The fingerprint an upload's address is kept under: the blob, its space and the server. Content-addressed
 * blobs never change, so unlike tus-js-client's default (path, size, mtime) nothing local can make it stale.
 */
export function uploadFingerprint(ref: BlobRef, endpoint: string): string {
  return `blob-${ref.sha256}-${ref.spaceId}-${endpoint}`;
}

async function forgetUploads(storage: UrlStorage, fingerprint: string): Promise<void> {
  for (const upload of await storage.findUploadsByFingerprint(fingerprint))
    await storage.removeUpload(upload.urlStorageKey);
}

function statusOf(error: unknown): number | null {
  return error instanceof DetailedError ? (error.originalResponse?.getStatus() ?? null) : null;
}

/**
 * Sends one stored blob with tus from an fs.ReadStream, resuming an upload the server already has part of
 * (its address kept in `urlStorage` across restarts: the server's HEAD says where to go on from).
 */
function tusUpload(path: string, ref: BlobRef, start: BlobCredentials, deps: UploadDeps): Promise<void> {
  const endpoint = `${start.baseUrl}${BLOBS_API_PATHS.uploads}`;
  let token = start.accessToken;
  let renew = false;
  return new Promise<void>((resolve, reject) => {
    const stream = createReadStream(path);
    const fail = (error: unknown) => {
      stream.destroy();
      const status = statusOf(error);
      if (status !== BLOB_CHECKSUM_MISMATCH_STATUS) return reject(transferFailureForStatus(status));
      // The server deleted that upload: forget its address, so the next attempt starts a new one.
      void forgetUploads(deps.urlStorage, uploadFingerprint(ref, endpoint)).finally(() =>
        reject(new TransferFailure('refused', mainMessage('files.sentDamaged'))),
      );
    };
    const upload = new Upload(stream, {
      endpoint,
      uploadSize: ref.size,
      metadata: { sha256: ref.sha256, spaceId: ref.spaceId, size: String(ref.size) },
      fingerprint: async () => uploadFingerprint(ref, endpoint),
      urlStorage: deps.urlStorage,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      retryDelays: deps.retryDelays ?? [1_000, 3_000, 10_000],
      onBeforeRequest: async (request) => {
        if (renew) {
          token = (await deps.server.credentials(renew)).accessToken;
          renew = false;
        }
        request.setHeader('Authorization', `Bearer ${token}`);
      },
      onShouldRetry: (error, attempt) => {
        const status = statusOf(error);
        // An access token that expired mid-upload: renew it once and go on where the server stopped.
        if (status === 401) {
          renew = attempt === 0;
          return renew;
        }
        return status === null || status === 409 || status === 423 || status >= 500;
      },
      onProgress: (sent, total) => deps.onProgress?.(sent, total),
      onSuccess: () => {
        stream.destroy();
        resolve();
      },
      onError: fail,
    });
    upload
      .findPreviousUploads()
      .then((previous) => {
        const last = previous.at(-1);
        if (last) upload.resumeFromPreviousUpload(last);
        upload.start();
      })
      .catch(fail);
  });
}

/**
 * One queued upload: the blob is checked on disk first (a damaged one cannot be sent); when the server
 * already holds it for a space the user reads (`/blobs/check`) it is only linked to this space and no byte
 * is sent; otherwise it goes over tus, resuming where an earlier attempt (or an earlier run) stopped.
 */
export async function uploadBlob(entry: BlobRef, deps: UploadDeps): Promise<UploadOutcome> {
  // Only the reference travels (a queue entry carries more; the server refuses unknown keys).
  const ref: BlobRef = { spaceId: entry.spaceId, sha256: entry.sha256, size: entry.size };
  const size = await deps.store.verify(ref.sha256);
  if (size === null || size !== ref.size) throw new TransferFailure('damaged', mainMessage('files.corrupt'));
  if (await deps.server.check(ref)) {
    await deps.server.link(ref);
    return 'linked';
  }
  await tusUpload(deps.store.pathOf(ref.sha256), ref, await deps.server.credentials(), deps);
  return 'uploaded';
}
