import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { serverSettings } from '../db/schema.ts';

const KEY_NAME = 'access_token_key';

/**
 * The key access tokens are signed with: made once (the first instance to start inserts it; the others
 * find it) and kept in `server_settings`, so every instance accepts every other's tokens.
 */
export async function loadSigningKey(database: Database): Promise<Buffer> {
  await database.orm
    .insert(serverSettings)
    .values({ key: KEY_NAME, value: randomBytes(32).toString('base64') })
    .onConflictDoNothing();
  const rows = await database.orm
    .select({ value: serverSettings.value })
    .from(serverSettings)
    .where(eq(serverSettings.key, KEY_NAME));
  const value = rows[0]?.value;
  if (!value) throw new Error('The access-token key is missing from server_settings.');
  return Buffer.from(value, 'base64');
}
