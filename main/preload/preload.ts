import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '../../shared/ipc/api.ts';
import { isChannel, isEventName, type EventName } from '../../shared/ipc/contract.ts';
import { fail } from '../../shared/ipc/result.ts';
import { ELECTRON_EVENT_CHANNEL } from '../../shared/ipc/wire.ts';

type Listener = (payload: never) => void;
const listeners = new Map<EventName, Set<Listener>>();

ipcRenderer.on(ELECTRON_EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (!isEventName(name)) return;
  for (const listener of listeners.get(name) ?? []) listener(payload as never);
});

/** The only thing the page sees of Electron: the typed contract, nothing else. */
const api: Api = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('unknown_channel', `Unknown channel: ${String(channel)}`)),
  on: (event, listener) => {
    if (!isEventName(event)) return () => undefined;
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener as Listener);
    listeners.set(event, set);
    return () => set.delete(listener as Listener);
  },
};

contextBridge.exposeInMainWorld('api', api);
