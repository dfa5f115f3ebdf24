import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { uuidv7 } from '../../shared/ids/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';

const profileSchema = z.object({ profileId: z.string().min(1).max(100), createdAt: z.number().int() });
export type Profile = z.infer<typeof profileSchema>;

/**
 * The identity of a user-data folder: made on first start and kept in `profile.json`. The renderer names
 * its local database after it, so two profiles opened in one browser never mix their data.
 */
export async function loadOrCreateProfile(userDataDir: string, now: () => number): Promise<Profile> {
  const file = join(userDataDir, 'profile.json');
  try {
    const parsed = profileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // No profile yet (or an unreadable one): make a new identity below.
  }
  const profile = { profileId: uuidv7(now()), createdAt: now() };
  await writeFileAtomic(file, JSON.stringify(profile));
  return profile;
}
