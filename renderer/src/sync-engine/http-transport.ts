import type { ServerClient } from '../../../shared/server-client/server-client.ts';
import type { SyncTransport } from './transport.ts';
import { overHttp } from './transport-calls.ts';
import { createHttpDocumentTransport } from '../documents/document-transport.ts';

/**
 * The same transport straight over HTTP with the shared client: what main does for the app, used where
 * there is no main process (the sync engine's tests against a real server on loopback, benchmarks).
 */
export function createHttpTransport(client: ServerClient): SyncTransport {
  return {
    push: (changes) => overHttp(() => client.push(changes)),
    pull: (cursor, options = {}) => overHttp(() => client.pull({ cursor, ...options })),
    snapshot: (after, limit) => overHttp(() => client.snapshot({ after, limit })),
    conflicts: () => overHttp(() => client.conflicts()),
    access: () => overHttp(() => client.me()),
    accounts: () => overHttp(() => client.accounts()),
    documents: createHttpDocumentTransport(client),
  };
}
