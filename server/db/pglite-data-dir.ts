import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataDirError } from './data-dir-error.ts';
import { LOCK_FILE } from './data-dir-lock.ts';
import { PG_MAJOR, readPgControl } from './pg-control.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * Whether a PGlite data folder (DATA_DIR, the cluster in its `pgdata/`) may be handed to PGlite. PGlite
 * runs initdb in any folder without `PG_VERSION`: a folder that lost that file once came up as an empty
 * database and reported ready, the district's records gone from view. So a new database is made only in
 * a folder that does not exist or is empty, and an existing one is opened only when its layout, its
 * control file and its WAL segments look whole. Everything here only reads: a refused folder is left
 * exactly as it was, for a backup or a repair.
 */
export class DataDirInvalidError extends DataDirError {
  readonly reason: string;
  constructor(dir: string, reason: string) {
    super(dir, serverMessage('db.notADatabase', { dir, reason }));
    this.reason = reason;
  }
}

/** PGlite did not start on a folder that passed the checks (a damaged table file, say). */
export class DataDirOpenError extends DataDirError {
  constructor(dir: string, cause: unknown) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    super(dir, serverMessage('db.cannotOpen', { dir, detail: detail ?? '' }));
    this.cause = cause;
  }
}

/** `fresh`: PGlite will make a new database; `existing`: it will open the one there. */
export type DataDirState = 'fresh' | 'existing';

const PGDATA = 'pgdata';
const REQUIRED_DIRS = ['base', 'global', 'pg_wal', 'pg_xact', 'pg_multixact'];
const WAL_SEGMENT = /^[0-9A-F]{24}$/;

/** Ours (the lock and its claims and temp files) or the filesystem's: a folder holding only these is empty. */
function ignorable(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`) || name === 'lost+found';
}

async function kindOf(path: string): Promise<'missing' | 'dir' | 'file'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

function listed(names: string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? serverMessage('db.listMore', { shown, count: names.length }) : shown;
}

/** Why the cluster in `pgdata` is not one PGlite can open, or null when it looks whole. */
async function clusterProblem(pgdata: string): Promise<string | null> {
  const version = await readFile(join(pgdata, 'PG_VERSION'), 'utf8').catch(() => null);
  if (version === null) return serverMessage('db.missingVersion', { pgdata: PGDATA });
  if (version.trim() !== PG_MAJOR)
    return serverMessage('db.wrongVersion', {
      pgdata: PGDATA,
      version: version.trim().slice(0, 20),
      major: PG_MAJOR,
    });
  for (const dir of REQUIRED_DIRS) {
    if ((await kindOf(join(pgdata, dir))) !== 'dir')
      return serverMessage('db.missingDir', { pgdata: PGDATA, dir });
  }
  const controlBytes = await readFile(join(pgdata, 'global', 'pg_control')).catch(() => null);
  if (controlBytes === null) return serverMessage('db.missingControl', { pgdata: PGDATA });
  const control = readPgControl(controlBytes);
  if (!control.ok) return serverMessage('db.badControl', { pgdata: PGDATA, problem: control.problem });
  const wal = join(pgdata, 'pg_wal');
  const segments = (await readdir(wal)).filter((name) => WAL_SEGMENT.test(name)).sort();
  for (const name of segments) {
    const { size } = await stat(join(wal, name));
    if (size !== control.walSegmentSize)
      return serverMessage(size < control.walSegmentSize ? 'db.walTruncated' : 'db.walWrongSize', {
        pgdata: PGDATA,
        name,
        size,
        expected: control.walSegmentSize,
      });
  }
  const missing = control.neededSegments.find((name) => !segments.includes(name));
  if (missing) return serverMessage('db.missingWal', { pgdata: PGDATA, name: missing });
  return null;
}

/** Throws DataDirInvalidError for a folder PGlite must not be given; reads only. */
export async function inspectPgliteDataDir(dataDir: string): Promise<DataDirState> {
  const dir = resolve(dataDir);
  const refuse = (reason: string) => new DataDirInvalidError(dir, reason);
  try {
    const kind = await kindOf(dir);
    if (kind === 'missing') return 'fresh';
    if (kind === 'file') throw refuse(serverMessage('db.isFile'));
    const entries = (await readdir(dir)).filter((name) => !ignorable(name)).sort();
    const others = entries.filter((name) => name !== PGDATA);
    if (others.includes('PG_VERSION')) throw refuse(serverMessage('db.nestedPgdata', { pgdata: PGDATA }));
    const pgdataKind = await kindOf(join(dir, PGDATA));
    if (pgdataKind === 'file') throw refuse(serverMessage('db.pgdataIsFile', { pgdata: PGDATA }));
    const cluster = pgdataKind === 'dir' ? await readdir(join(dir, PGDATA)) : [];
    if (cluster.length === 0) {
      if (others.length === 0) return 'fresh';
      throw refuse(serverMessage('db.notEmpty', { listed: listed(others) }));
    }
    const problem = await clusterProblem(join(dir, PGDATA));
    if (problem) throw refuse(problem);
    return 'existing';
  } catch (error) {
    if (error instanceof DataDirInvalidError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw refuse(serverMessage('db.unreadable', { code }));
  }
}
