import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canRead, canWrite, type Principal } from '../../shared/authz/access.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import {
  BLOBS_API_PATHS,
  blobParamsSchema,
  blobQuerySchema,
  blobRefSchema,
  type BlobCheckResponse,
  type BlobLinkResponse,
  type BlobRef,
} from '../../shared/sync/blobs-api.ts';
import { authOf } from '../auth/authenticate.ts';
import type { ServerContext } from '../context.ts';
import { HttpError, httpErrors } from '../http/errors.ts';
import { parseInput } from '../http/validate.ts';
import { blobHolding, linkBlob } from './blob-links.ts';
import { BlobNotFoundError, type BlobStore } from './blob-store.ts';
import { parseRange } from './range.ts';

/**
 * POST /blobs/check, POST /blobs/link and GET /blobs/:sha256 (shared/sync/blobs-api.ts). A blob is
 * known to a user only through a space they may read that holds it (`blob_spaces`): a hash alone tells
 * nothing, links nothing and downloads nothing. Downloads stream from the blob store, a range at a time
 * when asked, never a whole file in memory.
 */
function requireRead(principal: Principal, spaceId: string): void {
  if (!canRead(principal, spaceId)) throw httpErrors.forbidden(serverMessage('blobs.noRead', { spaceId }));
}

/** Whether the user may have this blob: in a space they read, with that size, and its bytes in the store. */
async function readableBlob(
  context: ServerContext,
  store: BlobStore,
  principal: Principal,
  ref: BlobRef,
): Promise<boolean> {
  const holding = await blobHolding(context.database.orm, ref.sha256);
  if (!holding || holding.size !== ref.size) return false;
  if (!holding.spaces.some((spaceId) => canRead(principal, spaceId))) return false;
  return (await store.stat(ref.sha256))?.size === ref.size;
}

async function download(
  context: ServerContext,
  store: BlobStore,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { sha256 } = parseInput(blobParamsSchema, request.params);
  const { spaceId } = parseInput(blobQuerySchema, request.query);
  requireRead(authOf(request).principal, spaceId);
  const holding = await blobHolding(context.database.orm, sha256);
  if (!holding?.spaces.includes(spaceId))
    throw httpErrors.notFound(serverMessage('blobs.notFound', { spaceId }));
  const { size } = holding;
  const etag = `"${sha256}"`;
  const ifRange = [request.headers['if-range']].flat()[0];
  const range = parseRange(request.headers.range, size, ifRange, etag);
  void reply.header('etag', etag).header('accept-ranges', 'bytes');
  if (range.kind === 'unsatisfiable') {
    const message = serverMessage('blobs.badRange', { range: request.headers.range ?? '', size });
    throw new HttpError(416, 'invalid_request', message, { 'content-range': `bytes */${size}` });
  }
  const part = range.kind === 'partial' ? { start: range.start, end: range.end } : undefined;
  const length = part ? part.end - part.start + 1 : size;
  void reply.type('application/octet-stream').header('content-length', String(length));
  if (part) void reply.status(206).header('content-range', `bytes ${part.start}-${part.end}/${size}`);
  if (request.method === 'HEAD') return reply.send();
  try {
    return reply.send(await store.createReadStream(sha256, part));
  } catch (error) {
    if (!(error instanceof BlobNotFoundError)) throw error;
    request.log.error({ sha256 }, 'a linked blob is missing from the blob store');
    throw httpErrors.notFound(serverMessage('blobs.notFound', { spaceId }));
  }
}

export function registerBlobReadRoutes(app: FastifyInstance, context: ServerContext, store: BlobStore): void {
  app.post(BLOBS_API_PATHS.check, async (request): Promise<BlobCheckResponse> => {
    const ref = parseInput(blobRefSchema, request.body);
    const { principal } = authOf(request);
    requireRead(principal, ref.spaceId);
    return { present: await readableBlob(context, store, principal, ref) };
  });

  app.post(BLOBS_API_PATHS.link, async (request): Promise<BlobLinkResponse> => {
    const ref = parseInput(blobRefSchema, request.body);
    const { principal, user } = authOf(request);
    requireRead(principal, ref.spaceId);
    if (!canWrite(principal, ref.spaceId)) {
      throw httpErrors.forbidden(serverMessage('blobs.noWrite', { spaceId: ref.spaceId }));
    }
    if (!(await readableBlob(context, store, principal, ref))) {
      throw httpErrors.notFound(serverMessage('blobs.notFound', { spaceId: ref.spaceId }));
    }
    await linkBlob(context.database.orm, { ...ref, userId: user.id }, context.now());
    return ref;
  });

  // HEAD declared, not Fastify's automatic one: that one drains a stream answer (the whole file) and sets
  // Content-Length 0 for an empty one.
  app.route({
    method: ['GET', 'HEAD'],
    url: BLOBS_API_PATHS.blob,
    handler: (request, reply) => download(context, store, request, reply),
  });
}
