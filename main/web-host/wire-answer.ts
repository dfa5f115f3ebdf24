import type { WebSocket } from 'ws';
import { fail } from '../../shared/ipc/result.ts';
import { wireCallSchema, type WireServerMessage } from '../../shared/ipc/wire.ts';
import type { createDispatcher } from '../ipc/dispatch.ts';
import type { Logger } from '../log/logger.ts';

/** Answers one call that came over the web host's WebSocket: parsed, dispatched, replied by its id. */
export function wireAnswerer(dispatch: ReturnType<typeof createDispatcher>, log: Logger) {
  return async (ws: WebSocket, text: string): Promise<void> => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      log.warn('web-host.bad_message');
      return;
    }
    const call = wireCallSchema.safeParse(raw);
    if (!call.success) {
      const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
      const reply: WireServerMessage = { t: 'result', id, result: fail('invalid_input', 'Malformed call') };
      ws.send(JSON.stringify(reply));
      return;
    }
    const result = await dispatch(call.data.channel, call.data.input);
    const reply: WireServerMessage = { t: 'result', id: call.data.id, result };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
  };
}
