import type { ClientErrorCode } from '../server-client/client-error.ts';
import type { IpcErrorCode } from './result.ts';

/**
 * The one table that carries a sync error across IPC: main turns the HTTP client's code into an IPC
 * code, the renderer turns it back. Both directions are total (`satisfies Record<…>`), so a code added on
 * either side fails to compile until it is mapped here; every client code comes back as itself.
 */
export const ipcCodeForClientCode = {
  offline: 'offline',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  update_required: 'update_required',
  resync_required: 'resync_required',
  rate_limited: 'rate_limited',
  invalid_request: 'invalid_input',
  not_found: 'not_found',
  server_error: 'unavailable',
} as const satisfies Record<ClientErrorCode, IpcErrorCode>;

/**
 * What the sync engine makes of an IPC failure. A sync input too large for IPC is a request the engine
 * must split, as the server's 413; only failures with no meaning of their own to the engine (main could
 * not reach or answer) are `server_error`, to retry later.
 */
export const clientCodeForIpcCode = {
  offline: 'offline',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  update_required: 'update_required',
  resync_required: 'resync_required',
  rate_limited: 'rate_limited',
  invalid_input: 'invalid_request',
  too_large: 'invalid_request',
  not_found: 'not_found',
  unavailable: 'server_error',
  conflict: 'server_error',
  unknown_channel: 'server_error',
  internal: 'server_error',
} as const satisfies Record<IpcErrorCode, ClientErrorCode>;

/** The IPC code main answers when the HTTP client failed with `code`. */
export function toIpcErrorCode(code: ClientErrorCode): IpcErrorCode {
  return ipcCodeForClientCode[code];
}

/** The client code the renderer's sync engine acts on when main answered `code`. */
export function toClientErrorCode(code: IpcErrorCode): ClientErrorCode {
  return clientCodeForIpcCode[code];
}
