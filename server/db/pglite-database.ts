import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { join, resolve } from 'node:path';
import { DataDirBusyError, liveLockHolder, lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { noticeChannelFor, type Database, type RawSession } from './database.ts';
import { DataDirOpenError, inspectPgliteDataDir } from './pglite-data-dir.ts';
import * as tables from './schema.ts';

/**
 * Takes the folder's lock, refusing a folder that is not a new or a whole database. The folder is
 * checked before the lock is taken, so a refused folder is not written to at all (not even a stale lock
 * in it is taken over), and again under the lock, since a process that held it may have changed the
 * folder meanwhile (died half-way through making a new database, say).
 */
async function lockCheckedDataDir(dir: string): Promise<DataDirLock> {
  const holder = await liveLockHolder(dir);
  if (holder !== null) throw new DataDirBusyError(dir, holder); // in use: its files may be mid-write
  await inspectPgliteDataDir(dir);
  const lock = await lockDataDir(dir);
  try {
    await inspectPgliteDataDir(dir);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

/**
 * The embedded database: PGlite in `dataDir/pgdata` (or in memory when `dataDir` is null). One
 * connection: PGlite runs one query or transaction at a time, so transactions never interleave.
 */
export async function openPgliteDatabase(dataDir: string | null, template?: Blob): Promise<Database> {
  const dir = dataDir === null ? null : resolve(dataDir);
  const lock = dir === null ? null : await lockCheckedDataDir(dir);
  let client: PGlite;
  try {
    const options = template ? { loadDataDir: template } : {};
    client = new PGlite(dir === null ? options : { ...options, dataDir: join(dir, 'pgdata') });
    await client.waitReady;
  } catch (error) {
    await lock?.release();
    // PGlite fails or aborts without saying which file is at fault: say at least which folder.
    throw dir === null ? error : new DataDirOpenError(dir, error);
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
