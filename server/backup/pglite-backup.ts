import { PGlite } from '@electric-sql/pglite';
import { stat, writeFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { DataDirBusyError, liveLockHolder, lockDataDir } from '../db/data-dir-lock.ts';
import { DataDirInvalidError, inspectPgliteDataDir } from '../db/pglite-data-dir.ts';
import { openPgliteDatabase } from '../db/pglite-database.ts';
import { BackupError, type BackupReader } from './backup-file.ts';

/**
 * PGlite's side of a backup: the data folder is opened the usual way (its lock taken, so a running
 * server makes the backup refuse rather than copy files mid-write), dumped with `dumpDataDir()` and
 * gzip-compressed. A restore loads that tarball (`loadDataDir`) into a folder that is new or empty,
 * checked under the folder's lock; if it fails, what it wrote is removed and the folder is as before.
 */
const PGDATA = 'pgdata';

/** The newest applied migration, or null when the database has no schema_migrations table. */
async function schemaVersionOf(query: (text: string) => Promise<Array<Record<string, unknown>>>) {
  const [table] = await query(`SELECT to_regclass('schema_migrations') IS NOT NULL AS present`);
  if (!table?.present) return null;
  const [row] = await query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
  return Number(row?.version ?? 0);
}

/** Writes the gzip-compressed data-folder tarball to `partPath`; returns the schema version. */
export async function dumpPglite(dataDir: string, partPath: string): Promise<number> {
  const dir = resolve(dataDir);
  const holder = await liveLockHolder(dir); // first: a running server's files may be mid-write
  if (holder !== null) throw new BackupError('backup.busy', { dir, pid: holder });
  if ((await inspectPgliteDataDir(dir)) === 'fresh') throw new BackupError('backup.noDatabase', { dir });
  let database;
  try {
    database = await openPgliteDatabase(dir);
  } catch (error) {
    if (error instanceof DataDirBusyError) throw new BackupError('backup.busy', { dir, pid: error.pid });
    throw error;
  }
  try {
    const version = await database.withSession((session) => schemaVersionOf((text) => session.query(text)));
    if (version === null) throw new BackupError('backup.noDatabase', { dir });
    if (!database.dumpDataDir) throw new Error('PGlite cannot dump its data folder.');
    const tarball = Buffer.from(await (await database.dumpDataDir()).arrayBuffer());
    await writeFile(partPath, await promisify(gzip)(tarball), { flag: 'wx' });
    return version;
  } finally {
    await database.close();
  }
}

async function folderExists(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => true,
    () => false,
  );
}

/** Refuses a folder that is not new or empty, or that a live process holds; reads only. */
async function checkFreshTarget(dir: string, underOurLock = false): Promise<void> {
  const holder = underOurLock ? null : await liveLockHolder(dir);
  if (holder !== null) throw new BackupError('backup.restoreBusy', { dir, pid: holder });
  let state;
  try {
    state = await inspectPgliteDataDir(dir);
  } catch (error) {
    if (error instanceof DataDirInvalidError)
      throw new BackupError('backup.targetNotEmpty', { dir, reason: error.reason });
    throw error;
  }
  if (state === 'existing') throw new BackupError('backup.targetHasDatabase', { dir });
}

async function loadInto(dir: string, tarball: Buffer): Promise<void> {
  const client = new PGlite({ dataDir: join(dir, PGDATA), loadDataDir: new Blob([tarball]) });
  try {
    await client.waitReady;
    const version = await schemaVersionOf(async (text) => (await client.query(text)).rows as never);
    if (version === null) throw new Error('schema_migrations missing after loading');
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** Restores the backup's data folder into `dataDir`, which must be new or empty. */
export async function restorePglite(dataDir: string, backup: BackupReader): Promise<void> {
  const dir = resolve(dataDir);
  await checkFreshTarget(dir);
  const tarball = await promisify(gunzip)(await backup.partBuffer('pglite-data-dir')).catch(
    (error: unknown) => {
      throw new BackupError('backup.restoreFailed', { detail: String(error) });
    },
  );
  const existed = await folderExists(dir);
  let lock;
  try {
    lock = await lockDataDir(dir);
  } catch (error) {
    if (error instanceof DataDirBusyError)
      throw new BackupError('backup.restoreBusy', { dir, pid: error.pid });
    throw error;
  }
  let removeDir = false;
  try {
    await checkFreshTarget(dir, true); // again under the lock: nothing may have arrived meanwhile
    try {
      await loadInto(dir, tarball);
    } catch (error) {
      // The folder was new or empty under our lock: what is in pgdata now is ours alone.
      await rm(join(dir, PGDATA), { recursive: true, force: true });
      removeDir = !existed;
      if (error instanceof BackupError) throw error;
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      throw new BackupError('backup.restoreFailed', { detail });
    }
  } finally {
    await lock.release();
    // A folder this restore made and could not fill goes again (only our lock was ever in it).
    if (removeDir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
