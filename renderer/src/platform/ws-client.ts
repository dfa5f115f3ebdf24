import type { Api } from '../../../shared/ipc/api.ts';
import { isEventName, type EventName } from '../../../shared/ipc/contract.ts';
import { fail, type IpcResult } from '../../../shared/ipc/result.ts';
import { WIRE_PATH, type WireCall, type WireServerMessage } from '../../../shared/ipc/wire.ts';

type Listener = (payload: never) => void;

/**
 * The web host's transport: the same `Api` as Electron's preload, carried over one WebSocket. Calls made
 * while the socket is down wait for it to reconnect; calls in flight when it drops answer `unavailable`.
 */
export function createWebSocketApi(
  origin: string,
  token: string,
  WebSocketImpl: typeof WebSocket = WebSocket,
): Api {
  const url = `${origin.replace(/^http/, 'ws')}${WIRE_PATH}?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, (result: IpcResult<unknown>) => void>();
  const listeners = new Map<EventName, Set<Listener>>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let opened: Promise<WebSocket> | null = null;
  let retryMs = 250;

  const connect = (): Promise<WebSocket> => {
    opened ??= new Promise<WebSocket>((resolve) => {
      const ws = new WebSocketImpl(url);
      ws.addEventListener('open', () => {
        socket = ws;
        retryMs = 250;
        resolve(ws);
      });
      ws.addEventListener('message', (event) => onMessage(String(event.data)));
      ws.addEventListener('close', () => {
        socket = null;
        for (const [id, settle] of pending) {
          pending.delete(id);
          settle(fail('unavailable', 'Connection to the web host closed'));
        }
        setTimeout(() => {
          opened = null;
          void connect().then(resolve);
        }, retryMs);
        retryMs = Math.min(retryMs * 2, 5_000);
      });
    });
    return opened;
  };

  const onMessage = (text: string) => {
    let message: WireServerMessage;
    try {
      message = JSON.parse(text) as WireServerMessage;
    } catch {
      return;
    }
    if (message.t === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.t === 'event' && isEventName(message.event)) {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload as never);
    }
  };

  void connect();

  return {
    invoke: async (channel, input) => {
      const ws = socket ?? (await connect());
      const id = nextId++;
      const call: WireCall = { t: 'call', id, channel, input };
      return new Promise((resolve) => {
        pending.set(id, resolve as (result: IpcResult<unknown>) => void);
        ws.send(JSON.stringify(call));
      });
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener as Listener);
      listeners.set(event, set);
      return () => set.delete(listener as Listener);
    },
  };
}
