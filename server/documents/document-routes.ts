import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as Y from 'yjs';
import { canRead, canWrite } from '../../shared/authz/access.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import {
  DOCUMENTS_API_PATHS,
  DOCUMENT_REQUEST_BODY_LIMIT,
  MAX_DOCUMENT_REQUEST_BYTES,
  documentParamsSchema,
  documentSpace,
  pushDocumentUpdatesRequestSchema,
  syncDocumentRequestSchema,
  type PushDocumentUpdatesResponse,
  type SyncDocumentResponse,
} from '../../shared/sync/documents-api.ts';
import { authOf } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, httpErrors } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import {
  appendUpdate,
  compactDocument,
  COMPACT_AFTER_ROWS,
  EpochConflict,
  readMerged,
} from './document-store.ts';
import { refuseAfterSignOff } from './sign-off-guard.ts';

/**
 * The documents API (shared/sync/documents-api.ts): appends to a document's Yjs log and answers what a
 * client lacks. A document lives in its record's space; reading takes read access to that space and
 * writing takes write access, by the same rules (shared/authz/access.ts) as the records' push and pull.
 */
function documentOf(request: FastifyRequest, spaceId: string): { docId: string; spaceId: string } {
  const { docId } = parseInput(documentParamsSchema, request.params);
  const expected = documentSpace(docId);
  if (expected === null) throw httpErrors.invalid(serverMessage('documents.badId'));
  if (spaceId !== expected) {
    throw httpErrors.invalid(serverMessage('documents.wrongSpace', { docId, expected, spaceId }));
  }
  return { docId, spaceId };
}

/** The request's updates, checked readable and within the size limit, merged into one. */
function mergedUpdate(encoded: readonly string[]): Uint8Array {
  const updates = encoded.map((text) => new Uint8Array(Buffer.from(text, 'base64')));
  const size = updates.reduce((total, update) => total + update.byteLength, 0);
  if (size > MAX_DOCUMENT_REQUEST_BYTES) {
    const params = { size: Math.ceil(size / 1024), max: MAX_DOCUMENT_REQUEST_BYTES / 1024 };
    throw new HttpError(413, 'payload_too_large', serverMessage('documents.requestTooLarge', params));
  }
  updates.forEach((update, index) => {
    try {
      Y.decodeUpdateV2(update);
    } catch {
      throw httpErrors.invalid(serverMessage('documents.badUpdate', { index: index + 1 }));
    }
  });
  // Merging re-encodes the updates (also a single one): bytes that decode but cannot be merged are
  // refused here rather than stored, where they would break every later answer.
  try {
    return Y.mergeUpdatesV2(updates);
  } catch {
    throw httpErrors.invalid(serverMessage('documents.badUpdate', { index: 1 }));
  }
}

function stateVectorOf(encoded: string): Uint8Array {
  const vector = new Uint8Array(Buffer.from(encoded, 'base64'));
  try {
    Y.decodeStateVector(vector);
  } catch {
    throw httpErrors.invalid(serverMessage('documents.badStateVector'));
  }
  return vector;
}

export function registerDocumentRoutes(app: FastifyInstance, context: ServerContext): void {
  const { database } = context;

  const limit = { bodyLimit: DOCUMENT_REQUEST_BODY_LIMIT };
  app.post(DOCUMENTS_API_PATHS.updates, limit, async (request): Promise<PushDocumentUpdatesResponse> => {
    const body = parseInput(pushDocumentUpdatesRequestSchema, request.body);
    const { docId, spaceId } = documentOf(request, body.spaceId);
    const { principal, user } = authOf(request);
    if (!canRead(principal, spaceId)) throw httpErrors.forbidden(serverMessage('documents.noRead'));
    if (!canWrite(principal, spaceId)) throw httpErrors.forbidden(serverMessage('documents.noWrite'));
    await refuseAfterSignOff(database.orm, principal, docId, spaceId);
    const update = mergedUpdate(body.updates);
    const append = { docId, spaceId, epoch: body.epoch, clientId: body.clientId, userId: user.id, update };
    const { epoch, seq, rows } = await appendUpdate(database, append, context.now());
    if (rows > COMPACT_AFTER_ROWS) {
      // The append has committed; a failed compaction only leaves the log longer.
      await compactDocument(database, docId, context.now()).catch((error: unknown) =>
        request.log.error({ err: error, docId }, 'document compaction failed'),
      );
    }
    return { epoch, seq };
  });

  app.post(DOCUMENTS_API_PATHS.sync, async (request): Promise<SyncDocumentResponse> => {
    const body = parseInput(syncDocumentRequestSchema, request.body);
    const { docId, spaceId } = documentOf(request, body.spaceId);
    if (!canRead(authOf(request).principal, spaceId)) {
      throw httpErrors.forbidden(serverMessage('documents.noRead'));
    }
    const stateVector = stateVectorOf(body.stateVector);
    const { doc, merged, seq } = await readMerged(database, docId);
    const epoch = doc?.epoch ?? null;
    if (body.epoch !== null && body.epoch !== epoch) throw new EpochConflict(epoch);
    const update = Y.diffUpdateV2(merged, stateVector);
    return { epoch, update: Buffer.from(update).toString('base64'), seq };
  });
}
