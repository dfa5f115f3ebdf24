import type { IncomingMessage } from 'node:http';
import { ERRORS, Server } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import { serverMessage } from '../../shared/i18n/server.ts';
import {
  BLOB_CHECKSUM_MISMATCH_CODE,
  BLOB_CHECKSUM_MISMATCH_STATUS,
  BLOBS_API_PATHS,
  type BlobError,
  type BlobErrorCode,
} from '../../shared/sync/blobs-api.ts';
import type { Database } from '../db/database.ts';
import type { BlobSettings } from './blob-settings.ts';
import { finishOrWait, type FinishDeps, type FinishOutcome } from './finish-upload.ts';
import { insertUpload, type NewUpload } from './upload-rows.ts';
import { DatabaseUploadStore } from './upload-store.ts';

/**
 * The tus server behind /blobs/uploads (upload-routes.ts hands it the raw request once the account, the
 * space and the metadata have been checked). Its answers bypass Fastify, so its errors are mapped here
 * to the API's `{ error: { code, message } }` body (onResponseError). tus's in-process MemoryLocker stays:
 * the database's compare-and-set on the offset is what keeps writers apart across instances
 * (upload-rows.ts); the lock lets a new request for an upload cut short a stale one on the same instance.
 */
export interface TusDeps extends FinishDeps {
  database: Database;
  settings: BlobSettings;
  log: FastifyBaseLogger;
}

/** What the route checked for a creation, by its raw request, for the creation hook to record. */
export type PendingCreations = WeakMap<IncomingMessage, Omit<NewUpload, 'uploadId'>>;

interface TusRefusal {
  status_code: number;
  body: string;
}

export function errorBody(code: BlobErrorCode, message: string): string {
  const body: BlobError = { error: { code, message } };
  return JSON.stringify(body);
}

function refusal(status: number, code: BlobErrorCode, message: string): TusRefusal {
  return { status_code: status, body: errorBody(code, message) };
}

/** The refusal a finishing outcome other than `finished` gives. */
export function finishRefusal(outcome: Exclude<FinishOutcome, 'finished'>): TusRefusal {
  switch (outcome) {
    case 'mismatch':
      return refusal(
        BLOB_CHECKSUM_MISMATCH_STATUS,
        BLOB_CHECKSUM_MISMATCH_CODE,
        serverMessage('blobs.checksumMismatch'),
      );
    case 'gone':
      return refusal(404, 'not_found', serverMessage('blobs.uploadNotFound'));
    case 'busy':
      return refusal(503, 'unavailable', serverMessage('blobs.uploadBusy'));
    case 'incomplete':
      return refusal(409, 'invalid_request', serverMessage('blobs.uploadConflict'));
  }
}

function isJson(text: string): boolean {
  return text.startsWith('{"error"');
}

/** tus's own errors (plain text) as the API's, with a Vietnamese message. */
function mapError(deps: TusDeps, error: Error | { status_code: number; body: string }): TusRefusal {
  if (error === ERRORS.ERR_LOCK_TIMEOUT)
    return refusal(423, 'unavailable', serverMessage('blobs.uploadBusy'));
  const status = 'status_code' in error ? error.status_code : 500;
  const detail = ('body' in error ? error.body : error.message).trim().slice(0, 200);
  if (status === 404 || status === 410)
    return refusal(status, 'not_found', serverMessage('blobs.uploadNotFound'));
  if (status === 409) return refusal(409, 'invalid_request', serverMessage('blobs.uploadConflict'));
  if (status === 413) {
    const max = Math.floor(deps.settings.maxFileBytes / 1024 / 1024);
    return refusal(413, 'payload_too_large', serverMessage('blobs.tooLarge', { size: `> ${max}`, max }));
  }
  if (status >= 500 && status !== 501) {
    deps.log.error({ err: error }, 'blob upload failed');
    return refusal(status, 'internal', serverMessage('blobs.storeFailed'));
  }
  return refusal(status, 'invalid_request', serverMessage('blobs.uploadRefused', { status, detail }));
}

/** The Node request under tus's web Request (srvx keeps it at `runtime.node.req`). */
function nodeRequestOf(request: unknown): IncomingMessage | null {
  const runtime = (request as { runtime?: { node?: { req?: IncomingMessage } } }).runtime;
  return runtime?.node?.req ?? null;
}

export function createTusServer(deps: TusDeps, creations: PendingCreations): Server {
  const { database, settings, now } = deps;
  return new Server({
    path: BLOBS_API_PATHS.uploads,
    datastore: new DatabaseUploadStore(database, { expiryMs: settings.uploadExpiryMs, now }),
    maxSize: settings.maxFileBytes,
    // `Location: /blobs/uploads/<id>`, whatever Host or proxy headers the request came with.
    relativeLocation: true,
    async onUploadCreate(request, upload) {
      const raw = nodeRequestOf(request);
      const creation = raw ? creations.get(raw) : undefined;
      if (!creation) throw refusal(400, 'invalid_request', serverMessage('http.badRequest'));
      await insertUpload(database.orm, { uploadId: upload.id, ...creation }, now());
      return {};
    },
    async onUploadFinish(_request, upload) {
      const outcome = await finishOrWait(deps, upload.id);
      if (outcome !== 'finished') throw finishRefusal(outcome);
      return {};
    },
    onResponseError(_request, error) {
      if ('body' in error && typeof error.body === 'string' && isJson(error.body)) return undefined;
      return mapError(deps, error);
    },
  });
}
