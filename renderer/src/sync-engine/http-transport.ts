import { SyncClientError } from '../../../shared/server-client/client-error.ts';
import type { ServerClient } from '../../../shared/server-client/server-client.ts';
import { TransportError, type SyncTransport } from './transport.ts';
import { createHttpDocumentTransport } from '../documents/document-transport.ts';

/**
 * The same transport straight over HTTP with the shared client: what main does for the app, used where
 * there is no main process (the sync engine's tests against a real server on loopback, benchmarks).
 */
export function createHttpTransport(client: ServerClient): SyncTransport {
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SyncClientError) throw new TransportError(error.code, error.message);
      throw error;
    }
  };
  return {
    push: (changes) => wrap(() => client.push(changes)),
    pull: (cursor, options = {}) => wrap(() => client.pull({ cursor, ...options })),
    snapshot: (after, limit) => wrap(() => client.snapshot({ after, limit })),
    conflicts: () => wrap(() => client.conflicts()),
    access: () => wrap(() => client.me()),
    accounts: () => wrap(() => client.accounts()),
    documents: createHttpDocumentTransport(client),
  };
}
