import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from './contract.ts';
import type { IpcResult } from './result.ts';

/** The typed client the renderer sees as `window.api`, whichever host carries it. */
export interface Api {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>>;
  /** Subscribes to an event from main; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
