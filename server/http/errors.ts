import type { ApiError, ApiErrorCode } from '../../shared/sync/protocol.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/** An error meant for the client: HTTP status, a code for programs and a Vietnamese message for people. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  toBody(): ApiError {
    return { error: { code: this.code, message: this.message } };
  }
}

export const httpErrors = {
  invalid: (message: string) => new HttpError(400, 'invalid_request', message),
  unauthorized: (message = serverMessage('http.unauthorized')) => new HttpError(401, 'unauthorized', message),
  tokenExpired: () => new HttpError(401, 'token_expired', serverMessage('http.tokenExpired')),
  forbidden: (message = serverMessage('http.forbidden')) => new HttpError(403, 'forbidden', message),
  notFound: (message = serverMessage('http.notFound')) => new HttpError(404, 'not_found', message),
  tooManyLogins: (retryAfterMs: number) => {
    const seconds = Math.ceil(retryAfterMs / 1000);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new HttpError(429, 'too_many_requests', serverMessage('http.tooManyLogins', { minutes }), {
      'retry-after': String(seconds),
    });
  },
  schemaVersion: () => new HttpError(426, 'schema_version_unsupported', serverMessage('http.schemaVersion')),
  resyncRequired: (message: string) => new HttpError(410, 'resync_required', message),
  unavailable: (message = serverMessage('http.unavailable')) => new HttpError(503, 'unavailable', message),
} as const;
