import type { IncomingMessage } from 'node:http';
import { Metadata, type Server } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { formatZodIssues } from '../../shared/domain/format-issues.ts';
import { describeUnsafeText, findUnsafeText } from '../../shared/text/unsafe-text.ts';
import { canWrite } from '../../shared/authz/access.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { BLOBS_API_PATHS, blobUploadMetadataSchema, uploadIdSchema } from '../../shared/sync/blobs-api.ts';
import { authOf } from '../auth/authenticate.ts';
import { HttpError, httpErrors } from '../http/errors.ts';
import type { BlobSettings } from './blob-settings.ts';
import { finishOrWait, type FinishDeps } from './finish-upload.ts';
import { handleWithTus } from './tus-handoff.ts';
import { finishRefusal, type PendingCreations } from './tus-server.ts';
import { loadUpload, type UploadRow } from './upload-rows.ts';

/**
 * Fastify's side of /blobs/uploads: the signed-in account (the usual `Authorization: Bearer`), write
 * access to the upload's space and the metadata are checked here, answered in the API's JSON errors;
 * then the raw request and response go to tus (`reply.hijack()`; a pass-through parser leaves the body
 * unread for it). An upload belongs to the account that created it. A finished upload is answered here
 * (its bytes are gone from the upload store, the blob is in the blob store); a complete one a stopped
 * server left unfinished is finished on the client's HEAD.
 */
export interface UploadRouteDeps {
  tus: Server;
  creations: PendingCreations;
  finish: FinishDeps;
  settings: BlobSettings;
}

/** A request sending bytes is cut after this long without any, so a dead client frees its upload. */
export const UPLOAD_IDLE_TIMEOUT_MS = 60_000;

const TUS_RESUMABLE = '1.0.0';
const megabytes = (bytes: number, round: (value: number) => number) => round(bytes / 1024 / 1024);

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function uploadLengthOf(request: FastifyRequest, maxFileBytes: number): number {
  const raw = header(request, 'upload-length');
  if (raw === undefined) throw httpErrors.invalid(serverMessage('blobs.lengthRequired'));
  if (!/^(0|[1-9][0-9]{0,15})$/.test(raw)) throw httpErrors.invalid(serverMessage('http.badRequest'));
  const length = Number(raw);
  if (length > maxFileBytes) {
    const params = { size: megabytes(length, Math.ceil), max: megabytes(maxFileBytes, Math.floor) };
    throw new HttpError(413, 'payload_too_large', serverMessage('blobs.tooLarge', params));
  }
  return length;
}

function metadataOf(request: FastifyRequest, length: number) {
  let decoded: Record<string, string | null>;
  try {
    decoded = Metadata.parse(header(request, 'upload-metadata'));
  } catch {
    throw httpErrors.invalid(serverMessage('blobs.badMetadata', { issues: 'Upload-Metadata' }));
  }
  // Stored as jsonb, answered back on HEAD: NUL, lone surrogates and control characters are refused here.
  const unsafe = findUnsafeText(decoded);
  if (unsafe) {
    const issues = `${unsafe.path.join('.')}: ${describeUnsafeText(unsafe.kind)}`;
    throw httpErrors.invalid(serverMessage('blobs.badMetadata', { issues }));
  }
  const parsed = blobUploadMetadataSchema.safeParse(decoded, { error: z.locales.vi().localeError });
  if (!parsed.success) {
    const issues = formatZodIssues(parsed.error).slice(0, 5).join('; ');
    throw httpErrors.invalid(serverMessage('blobs.badMetadata', { issues }));
  }
  if (Number(parsed.data.size) !== length) {
    throw httpErrors.invalid(serverMessage('blobs.sizeMismatch', { size: parsed.data.size, length }));
  }
  return { ...parsed.data, decoded };
}

type InFlight = Map<IncomingMessage, Promise<void>>;

/**
 * Hands the request to tus. In-flight ones are tracked so that shutdown can cut them and wait until what
 * they received is stored (the client resumes after it).
 */
function handOver(deps: UploadRouteDeps, inFlight: InFlight) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    void reply.hijack();
    reply.raw.setHeader('x-request-id', request.id);
    if (request.method === 'PATCH' || request.method === 'POST') {
      request.raw.setTimeout(UPLOAD_IDLE_TIMEOUT_MS, () => request.raw.destroy());
      // Once every byte is in, the answer may take a while (finishing hashes the whole file): no limit then.
      request.raw.once('end', () => request.raw.setTimeout(0));
    }
    const handled = handleWithTus(deps.tus, request.raw, reply.raw).catch((error: unknown) => {
      request.log.error({ err: error }, 'tus request failed');
      if (!reply.raw.headersSent) reply.raw.writeHead(500).end();
      else reply.raw.destroy();
    });
    inFlight.set(request.raw, handled);
    await handled;
    inFlight.delete(request.raw);
  };
}

/** The answers for an upload that is finished: complete, nothing more to send. */
function answerFinished(request: FastifyRequest, reply: FastifyReply, row: UploadRow) {
  const size = String(row.size);
  void reply.header('upload-offset', size);
  if (request.method === 'HEAD') {
    void reply.header('upload-length', size);
    const metadata = Metadata.stringify(row.metadata);
    if (metadata) void reply.header('upload-metadata', metadata);
    return reply.status(200).send();
  }
  if (request.method === 'PATCH' && header(request, 'upload-offset') !== size) {
    throw new HttpError(409, 'invalid_request', serverMessage('blobs.uploadConflict'));
  }
  return reply.status(204).send();
}

async function ownUpload(deps: UploadRouteDeps, request: FastifyRequest): Promise<UploadRow> {
  const { principal, user } = authOf(request);
  const uploadId = (request.params as { uploadId?: string }).uploadId;
  const notFound = () => httpErrors.notFound(serverMessage('blobs.uploadNotFound'));
  if (!uploadIdSchema.safeParse(uploadId).success || !uploadId) throw notFound();
  const row = await loadUpload(deps.finish.database.orm, uploadId);
  if (!row || row.userId !== user.id) throw notFound();
  if (!canWrite(principal, row.spaceId)) {
    throw httpErrors.forbidden(serverMessage('blobs.noWrite', { spaceId: row.spaceId }));
  }
  return row;
}

export function registerUploadRoutes(app: FastifyInstance, deps: UploadRouteDeps): void {
  const inFlight: InFlight = new Map();
  const toTus = handOver(deps, inFlight);
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('tus-resumable', TUS_RESUMABLE);
  });
  app.addHook('preClose', async () => {
    for (const request of inFlight.keys()) request.destroy();
    await Promise.allSettled(inFlight.values());
  });

  app.route({
    method: ['POST', 'OPTIONS'],
    url: BLOBS_API_PATHS.uploads,
    handler: async (request, reply) => {
      if (request.method === 'POST') {
        const { principal, user } = authOf(request);
        const length = uploadLengthOf(request, deps.settings.maxFileBytes);
        const metadata = metadataOf(request, length);
        if (!canWrite(principal, metadata.spaceId)) {
          throw httpErrors.forbidden(serverMessage('blobs.noWrite', { spaceId: metadata.spaceId }));
        }
        const { spaceId, sha256, decoded } = metadata;
        deps.creations.set(request.raw, {
          userId: user.id,
          spaceId,
          sha256,
          size: length,
          metadata: decoded,
        });
      }
      return toTus(request, reply);
    },
  });

  app.route({
    method: ['HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
    url: BLOBS_API_PATHS.upload,
    handler: async (request, reply) => {
      if (request.method === 'OPTIONS') return toTus(request, reply);
      const row = await ownUpload(deps, request);
      if (row.finishedAt !== null) return answerFinished(request, reply, row);
      if (request.method === 'HEAD' && row.received === row.size) {
        const outcome = await finishOrWait(deps.finish, row.uploadId);
        if (outcome === 'finished') return answerFinished(request, reply, row);
        if (outcome !== 'incomplete') {
          const refusal = finishRefusal(outcome);
          return reply.status(refusal.status_code).type('application/json').send(refusal.body);
        }
      }
      return toTus(request, reply);
    },
  });
}
