import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/ipc/settings.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import type { Logger } from '../log/logger.ts';

export interface SettingsStore {
  get(): Promise<Settings>;
  update(patch: SettingsPatch): Promise<Settings>;
}

/**
 * Display preferences in `settings.json` under the user-data folder. A missing or damaged file falls
 * back to the defaults (and is logged); it is never a reason for the app not to start.
 */
export function createSettingsStore(userDataDir: string, log: Logger): SettingsStore {
  const file = join(userDataDir, 'settings.json');
  let cached: Settings | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Settings> => {
    if (cached) return cached;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      cached = { ...defaultSettings };
      return cached;
    }
    try {
      const parsed = settingsSchema.safeParse({ ...defaultSettings, ...JSON.parse(text) });
      if (parsed.success) cached = parsed.data;
      else {
        log.warn('settings.invalid_file', { file });
        cached = { ...defaultSettings };
      }
    } catch {
      log.warn('settings.unreadable_file', { file });
      cached = { ...defaultSettings };
    }
    return cached;
  };

  return {
    get: load,
    update(patch) {
      // Serialise writes so two quick changes cannot interleave their read-modify-write.
      const next = queue.then(async () => {
        const merged = settingsSchema.parse({ ...(await load()), ...patch });
        await writeFileAtomic(file, JSON.stringify(merged, null, 2));
        cached = merged;
        return merged;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
