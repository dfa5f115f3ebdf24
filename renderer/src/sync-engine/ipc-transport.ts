import type { Api } from '../../../shared/ipc/api.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import { toClientErrorCode } from '../../../shared/ipc/sync-errors.ts';
import { TransportError, type SyncTransport } from './transport.ts';
import { createIpcDocumentTransport } from '../documents/document-transport.ts';

/** The sync engine's transport in the app: main does the HTTP, the renderer only speaks the contract. */
export function createIpcTransport(api: Api): SyncTransport {
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await api.invoke(channel, input);
    if (result.ok) return result.value;
    throw new TransportError(toClientErrorCode(result.error.code), result.error.message);
  };
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
