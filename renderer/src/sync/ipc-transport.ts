import type { Api } from '../../../shared/ipc/api.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import type { IpcErrorCode } from '../../../shared/ipc/result.ts';
import type { ClientErrorCode } from '../../../shared/sync/client/client-error.ts';
import { TransportError, type SyncTransport } from './transport.ts';

const codes: Partial<Record<IpcErrorCode, ClientErrorCode>> = {
  offline: 'offline',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  update_required: 'update_required',
  resync_required: 'resync_required',
  rate_limited: 'rate_limited',
  invalid_input: 'invalid_request',
  not_found: 'not_found',
};

/** The sync engine's transport in the app: main does the HTTP, the renderer only speaks the contract. */
export function createIpcTransport(api: Api): SyncTransport {
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await api.invoke(channel, input);
    if (result.ok) return result.value;
    throw new TransportError(codes[result.error.code] ?? 'server_error', result.error.message);
  };
  return {
    push: (changes) => call('sync.push', { changes }),
    pull: (cursor, options = {}) => call('sync.pull', { cursor, ...options }),
    snapshot: (after, limit) =>
      call('sync.snapshot', { ...(after ? { after } : {}), ...(limit ? { limit } : {}) }),
    conflicts: () => call('sync.conflicts', {}),
    access: () => call('sync.me', {}),
  };
}
