import type { ApiError, ApiErrorCode } from '../../shared/sync/protocol.ts';

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
  unauthorized: (message = 'Bạn cần đăng nhập để tiếp tục.') => new HttpError(401, 'unauthorized', message),
  tokenExpired: () =>
    new HttpError(401, 'token_expired', 'Phiên làm việc đã hết hạn, cần gia hạn đăng nhập.'),
  forbidden: (message = 'Bạn không có quyền thực hiện thao tác này.') =>
    new HttpError(403, 'forbidden', message),
  notFound: (message = 'Không tìm thấy dữ liệu yêu cầu.') => new HttpError(404, 'not_found', message),
  tooManyLogins: (retryAfterMs: number) => {
    const seconds = Math.ceil(retryAfterMs / 1000);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new HttpError(
      429,
      'too_many_requests',
      `Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
      { 'retry-after': String(seconds) },
    );
  },
  schemaVersion: () =>
    new HttpError(
      426,
      'schema_version_unsupported',
      'Phiên bản ứng dụng đã cũ, máy chủ không còn hỗ trợ. Vui lòng cập nhật ứng dụng; ' +
        'các thay đổi chưa gửi vẫn được giữ trên máy của bạn.',
    ),
  resyncRequired: (message: string) => new HttpError(410, 'resync_required', message),
  unavailable: (message = 'Máy chủ tạm thời chưa sẵn sàng, vui lòng thử lại sau.') =>
    new HttpError(503, 'unavailable', message),
} as const;
