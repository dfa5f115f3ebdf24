import type { Api } from '../../../shared/ipc/api.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract.ts';
import { toClientErrorCode } from '../../../shared/ipc/sync-errors.ts';
import { SyncClientError } from '../../../shared/server-client/client-error.ts';
import { TransportError } from './transport.ts';

/** One IPC call whose failure becomes a TransportError the engines act on (retry, log in, resync…). */
export async function invokeOrThrow<C extends Channel>(
  api: Api,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await api.invoke(channel, input);
  if (result.ok) return result.value;
  throw new TransportError(toClientErrorCode(result.error.code), result.error.message);
}

/** One call of the shared HTTP client, its client errors turned into TransportErrors as over IPC. */
export async function overHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncClientError) throw new TransportError(error.code, error.message);
    throw error;
  }
}
