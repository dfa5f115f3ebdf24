import type { HostKind } from '../../shared/ipc/contract.ts';
import type { Emit, Handlers } from '../ipc/handlers.ts';
import type { Logger } from '../log/logger.ts';
import { createSettingsStore } from './settings-store.ts';

export interface ServicesOptions {
  userDataDir: string;
  host: HostKind;
  appName: string;
  version: string;
  emit: Emit;
  log: Logger;
  now?: () => number;
}

/**
 * The main-process services behind every channel. Electron and the web host both call this, so the
 * code behind a channel is the same whichever host carries it.
 */
export function createHandlers(options: ServicesOptions): Handlers {
  const now = options.now ?? Date.now;
  const startedAt = now();
  const settings = createSettingsStore(options.userDataDir, options.log);

  return {
    'app.info': () => ({
      name: options.appName,
      version: options.version,
      host: options.host,
      platform: process.platform,
      startedAt,
    }),
    'app.ping': ({ text }) => ({ text, receivedAt: now() }),
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const next = await settings.update(patch);
      options.emit('settings.changed', next);
      return next;
    },
  };
}
