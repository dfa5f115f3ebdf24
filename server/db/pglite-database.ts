import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { join } from 'node:path';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { noticeChannelFor, type Database, type RawSession } from './database.ts';
import * as tables from './schema.ts';

/**
 * The embedded database: PGlite in `dataDir/pgdata` (or in memory when `dataDir` is null). One
 * connection: PGlite runs one query or transaction at a time, so transactions never interleave.
 */
export async function openPgliteDatabase(dataDir: string | null, template?: Blob): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (dataDir !== null) lock = await lockDataDir(dataDir);
  let client: PGlite;
  try {
    const options = template ? { loadDataDir: template } : {};
    client = new PGlite(dataDir === null ? options : { ...options, dataDir: join(dataDir, 'pgdata') });
    await client.waitReady;
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const orm = drizzle(client, { schema: tables });
  const session: RawSession = {
    query: async (text, params) =>
      (await client.query<Record<string, unknown>>(text, [...(params ?? [])])).rows,
    exec: async (script) => {
      await client.exec(script);
    },
  };
  return {
    kind: 'pglite',
    dumpDataDir: () => client.dumpDataDir('none'),
    orm,
    noticeChannel: noticeChannelFor(undefined),
    transaction: (work) => orm.transaction(work),
    withSession: (work) => work(session),
    listen: async (channel, options) => {
      const unlisten = await client.listen(channel, options.onPayload);
      return { close: () => unlisten() };
    },
    close: async () => {
      await client.close();
      await lock?.release();
    },
  };
}
