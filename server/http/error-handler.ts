import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorCode } from '../../shared/sync/protocol.ts';
import { isRefusedText } from './database-errors.ts';
import { HttpError } from './errors.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * Every error leaves as `{ error: { code, message } }` with a Vietnamese message: ours as thrown,
 * Fastify's (body too large, bad JSON, wrong content type) and PostgreSQL refusing text a request brought
 * (database-errors.ts) translated, anything else a 500 that is logged
 * with its stack but never shows it.
 */
function translate(error: FastifyError): HttpError {
  if (error instanceof HttpError) return error;
  if (isRefusedText(error)) {
    return new HttpError(400, 'invalid_request', serverMessage('http.refusedText'));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'payload_too_large', serverMessage('http.tooLarge'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'invalid_request', serverMessage('http.jsonOnly'));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpError(400, 'invalid_request', serverMessage('http.emptyBody'));
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'invalid_request', serverMessage('http.invalidJson'));
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return new HttpError(413, 'payload_too_large', serverMessage('http.tooLarge'));
  if (status >= 400 && status < 500) {
    const code: ApiErrorCode = status === 404 ? 'not_found' : 'invalid_request';
    return new HttpError(status, code, serverMessage('http.badRequest'));
  }
  return new HttpError(500, 'internal', serverMessage('http.internal'));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = translate(error);
    if (answer.status >= 500) request.log.error({ err: error }, 'request failed');
    // A missed input check: answered 400, but logged so it can be fixed.
    else if (isRefusedText(error)) request.log.warn({ err: error }, answer.message);
    else request.log.info({ code: answer.code, status: answer.status }, answer.message);
    void reply.status(answer.status).headers(answer.headers).send(answer.toBody());
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.status(404).send(new HttpError(404, 'not_found', serverMessage('http.noRoute')).toBody());
  });
}
