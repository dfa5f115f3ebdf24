import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { uuidv7 } from '../../shared/ids/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

const configSchema = z.object({ serverUrl: z.string().nullable(), clientId: z.string().min(1) });
export type SyncConfig = z.infer<typeof configSchema>;

/** Which district server this profile syncs with, and this installation's client id (for the audit log). */
export function createSyncConfig(userDataDir: string, now: () => number) {
  const file = join(userDataDir, 'sync-config.json');
  let cached: SyncConfig | null = null;
  const load = async (): Promise<SyncConfig> => {
    if (cached) return cached;
    try {
      const parsed = configSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) return (cached = parsed.data);
    } catch {
      // First start: a new client id below.
    }
    cached = { serverUrl: null, clientId: uuidv7(now()) };
    await writeFileAtomic(file, JSON.stringify(cached));
    return cached;
  };
  return {
    load,
    async setServerUrl(serverUrl: string | null): Promise<SyncConfig> {
      cached = { ...(await load()), serverUrl };
      await writeFileAtomic(file, JSON.stringify(cached));
      return cached;
    },
  };
}
