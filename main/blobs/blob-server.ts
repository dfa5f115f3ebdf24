import { mainMessage } from '../../shared/i18n/main.ts';
import type { IpcErrorCode } from '../../shared/ipc/result.ts';
import { DEFAULT_MAX_FILE_BYTES, type BlobRef } from '../../shared/sync/blobs-api.ts';
import { HandlerFailure } from '../ipc/handlers.ts';

/**
 * How a transfer failed, as the queue acts on it: `wait` (offline, signed out, the server busy: try again
 * later, the file stays queued), `refused` (no permission, nothing on the server: the user must act; it is
 * retried at the next round in case a grant arrives), `damaged` (the bytes themselves are wrong).
 */
export type TransferFailureKind = 'wait' | 'refused' | 'damaged';

export class TransferFailure extends Error {
  readonly kind: TransferFailureKind;
  constructor(kind: TransferFailureKind, message: string) {
    super(message);
    this.name = 'TransferFailure';
    this.kind = kind;
  }
}

/** The server's address and an access token fresh enough to send now. */
export interface BlobCredentials {
  baseUrl: string;
  accessToken: string;
}

/**
 * What the transfers need of main's link to the district server (main/server-link/sync-service.ts):
 * `check` and `link` are JSON calls through its client (tokens refreshed there); tus uploads and Range
 * downloads carry their own HTTP, so they take the address and a token, and ask again with `renew` after
 * a 401.
 */
export interface BlobServer {
  credentials(renew?: boolean): Promise<BlobCredentials>;
  check(ref: BlobRef): Promise<boolean>;
  link(ref: BlobRef): Promise<void>;
}

const waitCodes: readonly IpcErrorCode[] = [
  'offline',
  'unauthorized',
  'rate_limited',
  'unavailable',
  'internal',
];

/** A failure of a call through main's server client, as a transfer failure. */
export function transferFailureOf(error: unknown): TransferFailure {
  if (error instanceof TransferFailure) return error;
  if (error instanceof HandlerFailure) {
    if (error.code === 'offline') return new TransferFailure('wait', mainMessage('files.offline'));
    if (error.code === 'unauthorized') return new TransferFailure('wait', mainMessage('files.signedOut'));
    if (error.code === 'forbidden') return new TransferFailure('refused', mainMessage('files.forbidden'));
    if (error.code === 'not_found') return new TransferFailure('refused', mainMessage('files.notOnServer'));
    if (waitCodes.includes(error.code)) return new TransferFailure('wait', error.message);
    return new TransferFailure('refused', error.message);
  }
  return new TransferFailure('wait', mainMessage('files.offline'));
}

/** A failure of a request main/blobs made itself (tus, download), from its HTTP status (null: no answer). */
export function transferFailureForStatus(status: number | null): TransferFailure {
  if (status === null || status === 0) return new TransferFailure('wait', mainMessage('files.offline'));
  if (status === 401) return new TransferFailure('wait', mainMessage('files.signedOut'));
  if (status === 403) return new TransferFailure('refused', mainMessage('files.forbidden'));
  if (status === 404) return new TransferFailure('refused', mainMessage('files.notOnServer'));
  if (status === 413)
    return new TransferFailure(
      'refused',
      mainMessage('files.tooLarge', { limit: DEFAULT_MAX_FILE_BYTES / (1024 * 1024) }),
    );
  return new TransferFailure('wait', mainMessage('files.serverError', { status }));
}

interface SyncLink {
  credentials(renew?: boolean): Promise<{ serverUrl: string; accessToken: string } | null>;
  call<T>(work: (server: BlobCalls) => Promise<T>): Promise<T>;
}

interface BlobCalls {
  checkBlob(ref: BlobRef): Promise<{ present: boolean }>;
  linkBlob(ref: BlobRef): Promise<unknown>;
}

/** The BlobServer of main's sync service. */
export function blobServerOf(sync: SyncLink): BlobServer {
  return {
    async credentials(renew = false) {
      let found;
      try {
        found = await sync.credentials(renew);
      } catch (error) {
        throw transferFailureOf(error);
      }
      if (!found) throw new TransferFailure('wait', mainMessage('files.signedOut'));
      return { baseUrl: found.serverUrl.replace(/\/+$/, ''), accessToken: found.accessToken };
    },
    check: (ref) =>
      sync
        .call((server) => server.checkBlob(ref))
        .then(
          (answer) => answer.present,
          (error: unknown) => {
            throw transferFailureOf(error);
          },
        ),
    link: (ref) =>
      sync
        .call((server) => server.linkBlob(ref))
        .then(
          () => undefined,
          (error: unknown) => {
            throw transferFailureOf(error);
          },
        ),
  };
}
