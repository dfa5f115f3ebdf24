import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/**
 * Request logging without secrets: the live channel carries its access token in the query string, so
 * `token=` values are masked before a URL is logged.
 */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1***');
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
    requestId: request.id,
  };
}

/** The logger option with our request serializer added (false stays silent). */
export function loggerOptions(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return { ...base, serializers: { ...base.serializers, req: serializeRequest } };
}
