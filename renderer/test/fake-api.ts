import type { Api } from '../../shared/ipc/api.ts';
import type { Channel, ChannelOutput, EventName, EventPayload } from '../../shared/ipc/contract.ts';
import { fail, ok, type IpcResult } from '../../shared/ipc/result.ts';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/ipc/settings.ts';

/** Answers a test gives for channels the fake does not keep itself (e.g. `sync.history`). */
export type FakeAnswers = { [C in Channel]?: (input: unknown) => ChannelOutput<C> };

/** An in-memory stand-in for main in component tests: records calls, keeps settings, emits events. */
export function createFakeApi(initial: Settings = defaultSettings, answers: FakeAnswers = {}) {
  let settings = { ...initial };
  const calls: Array<{ channel: Channel; input: unknown }> = [];
  const backups: string[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  };
  const api: Api = {
    async invoke(channel, input) {
      calls.push({ channel, input });
      const answer = (value: unknown) => ok(value) as IpcResult<ChannelOutput<typeof channel>>;
      const given = answers[channel];
      if (given) return answer(given(input));
      switch (channel) {
        case 'settings.get':
          return answer(settings);
        case 'settings.update':
          settings = settingsSchema.parse({ ...settings, ...(input as object) });
          return answer(settings);
        case 'app.info':
          return answer({
            name: 'Sổ tay Ban Chỉ đạo',
            version: '0.1.0',
            host: 'web',
            platform: 'linux',
            startedAt: 0,
          });
        case 'app.ping':
          return answer({ text: (input as { text: string }).text, receivedAt: 0 });
        case 'backup.save':
          backups.push((input as { content: string }).content);
          return answer({ saved: true, path: `/backups/${backups.length}.json`, bytes: 1 });
        case 'backup.list':
          return answer({ folder: '/backups', files: [] });
        case 'backup.open':
          return answer({ opened: false });
        default:
          return fail('unknown_channel', String(channel));
      }
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return { api, calls, emit, backups, settings: () => settings };
}
