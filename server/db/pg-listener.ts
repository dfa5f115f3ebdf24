import pg from 'pg';
import { quoteIdentifier, type ChannelListener, type ListenOptions } from './database.ts';

const ignore = () => undefined;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/** A connected client LISTENing on `channel`; `onLost` hears when it breaks. */
async function openClient(
  config: pg.ClientConfig,
  channel: string,
  options: ListenOptions,
  onLost: (client: pg.Client) => void,
): Promise<pg.Client> {
  const client = new pg.Client(config);
  client.on('notification', (message) => {
    if (message.channel === channel) options.onPayload(message.payload ?? '');
  });
  client.on('error', (error) => {
    options.onError?.(error);
    onLost(client);
  });
  client.on('end', () => onLost(client));
  try {
    await client.connect();
    await client.query(`LISTEN ${quoteIdentifier(channel)}`);
  } catch (error) {
    client.end().catch(ignore);
    throw error;
  }
  return client;
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other work). When that connection
 * drops it reconnects with backoff (0.5 s doubling to 30 s) and calls `onReconnect`, since notices sent
 * while it was away are lost and listeners should catch up.
 */
export async function listenOnChannel(
  config: pg.ClientConfig,
  channel: string,
  options: ListenOptions,
): Promise<ChannelListener> {
  const state: { client: pg.Client | null; closed: boolean; delayMs: number; timer?: NodeJS.Timeout } = {
    client: null,
    closed: false,
    delayMs: FIRST_DELAY_MS,
  };

  const open = async (): Promise<void> => {
    const client = await openClient(config, channel, options, lost);
    if (state.closed) await client.end().catch(ignore);
    else state.client = client;
  };

  const reconnect = () => {
    open().then(
      () => {
        state.delayMs = FIRST_DELAY_MS;
        options.onReconnect?.();
      },
      (error: unknown) => {
        options.onError?.(error);
        state.delayMs = Math.min(state.delayMs * 2, MAX_DELAY_MS);
        if (!state.closed) state.timer = setTimeout(reconnect, state.delayMs);
      },
    );
  };

  function lost(broken: pg.Client): void {
    if (state.closed || state.client !== broken) return;
    state.client = null;
    broken.end().catch(ignore);
    state.timer = setTimeout(reconnect, state.delayMs);
  }

  await open();
  return {
    close: async () => {
      state.closed = true;
      clearTimeout(state.timer);
      const current = state.client;
      state.client = null;
      await current?.end().catch(ignore);
    },
  };
}
