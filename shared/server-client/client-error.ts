import type { ApiErrorCode } from '../sync/protocol.ts';

/** Why a call to the district server failed, in terms the app acts on. */
export type ClientErrorCode =
  | 'offline'
  | 'unauthorized'
  | 'forbidden'
  | 'update_required'
  | 'resync_required'
  | 'rate_limited'
  | 'invalid_request'
  | 'not_found'
  | 'server_error';

export class SyncClientError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number | null;
  /** Seconds to wait before trying again, when the server said so. */
  readonly retryAfter: number | null;
  constructor(
    code: ClientErrorCode,
    message: string,
    status: number | null = null,
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'SyncClientError';
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** Maps the server's error code to what the client does about it. */
export function clientCodeFor(status: number, apiCode: ApiErrorCode | null): ClientErrorCode {
  switch (apiCode) {
    case 'unauthorized':
    case 'token_expired':
      return 'unauthorized';
    case 'forbidden':
      return 'forbidden';
    case 'schema_version_unsupported':
      return 'update_required';
    case 'resync_required':
      return 'resync_required';
    case 'too_many_requests':
      return 'rate_limited';
    case 'invalid_request':
    case 'payload_too_large':
      return 'invalid_request';
    case 'not_found':
      return 'not_found';
    default:
      if (status === 401) return 'unauthorized';
      if (status === 410) return 'resync_required';
      if (status === 426) return 'update_required';
      if (status === 429) return 'rate_limited';
      return 'server_error';
  }
}
