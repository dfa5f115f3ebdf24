import type { Api } from '../../../shared/ipc/api.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { SyncTransport } from './transport.ts';
import { invokeOrThrow } from './transport-calls.ts';
import { createIpcDocumentTransport } from '../documents/document-transport.ts';

/** The sync engine's transport in the app: main does the HTTP, the renderer only speaks the contract. */
export function createIpcTransport(api: Api): SyncTransport {
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> =>
    invokeOrThrow(api, channel, input);
  return {
    push: (changes) => call('sync.push', { changes }),
    pull: (cursor, options = {}) => call('sync.pull', { cursor, ...options }),
    snapshot: (after, limit) =>
      call('sync.snapshot', { ...(after ? { after } : {}), ...(limit ? { limit } : {}) }),
    conflicts: () => call('sync.conflicts', {}),
    access: () => call('sync.me', {}),
    accounts: () => call('accounts.list', {}),
    documents: createIpcDocumentTransport(api),
  };
}
