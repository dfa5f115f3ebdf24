/** The answer of every IPC call: a value, or a typed error. Handlers never throw across the boundary. */
export const ipcErrorCodes = [
  'invalid_input',
  'too_large',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'unavailable',
  'internal',
  // From the district server, as the main process met them:
  'offline',
  'unauthorized',
  'update_required',
  'resync_required',
  'rate_limited',
] as const;

export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export interface IpcIssue {
  /** Dotted path of the offending field, '' for the whole input. */
  path: string;
  message: string;
}

export interface IpcError {
  code: IpcErrorCode;
  /** Developer-facing detail; the UI shows a localised text chosen by `code`. */
  message: string;
  issues?: IpcIssue[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string, issues?: IpcIssue[]): IpcResult<T> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}
