import { createHash, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDirError } from './data-dir-error.ts';
import { serverMessage } from '../../shared/i18n/server.ts';

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it. The
 * server and the admin CLI therefore take `server.lock` in the data folder first. It holds
 * `<pid> <token>`: the pid says whether its owner still runs, the token (new for every taking) tells this
 * lock apart from any other, also one left by an earlier process that had the same pid. Older servers
 * wrote the pid alone; such a lock reads the same.
 *
 * A lock whose owner is dead is stale and is taken over, never overwritten in place: two processes
 * finding the same stale lock would both overwrite it and both believe they hold it. Instead the stale
 * lock is removed under a claim only one process can make (`server.lock.claim-<hash of the stale lock>`,
 * created exclusively), and then every contender creates `server.lock` exclusively again: one wins, the
 * rest find a live owner.
 */
export interface DataDirLock {
  release(): Promise<void>;
}

export const LOCK_FILE = 'server.lock';

export class DataDirBusyError extends DataDirError {
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(dir, serverMessage('db.locked', { dir, pid }));
    this.pid = pid;
  }
}

/** A process died in the instant it was taking over a stale lock: nothing here can tell it is safe now. */
export class DataDirStuckLockError extends DataDirError {
  constructor(dir: string, claim: string) {
    super(dir, serverMessage('db.staleLock', { dir, lockFile: LOCK_FILE, claim }));
  }
}

function isAlive(pid: number | null): pid is number {
  if (pid === null || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerPid(content: string): number | null {
  const first = content.trim().split(/\s+/)[0] ?? '';
  return /^\d+$/.test(first) ? Number(first) : null;
}

async function readLock(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates `path` holding `content` unless it exists. The content is written to a file of its own and
 * hard-linked into place, so `path` appears whole: a reader never sees an empty lock and takes it for a
 * stale one. A filesystem without hard links (FAT, exFAT) gets an exclusive create and write instead.
 */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, content, { flag: 'wx' });
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  } finally {
    await rm(temp, { force: true });
  }
  try {
    await writeFile(path, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes the stale lock that held `stale`, if this process wins the claim on it. Only the claimant of a
 * stale lock removes it, so while `server.lock` still holds exactly `stale` it is that same stale lock and
 * removing it cannot remove a live one. Returns without removing when another process holds the claim.
 */
async function removeStale(dir: string, lockPath: string, stale: string, mine: string): Promise<void> {
  const claimName = `${LOCK_FILE}.claim-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
  const claim = join(dir, claimName);
  if (!(await createExclusive(claim, mine))) {
    const claimant = await readLock(claim);
    if (claimant === null || isAlive(ownerPid(claimant))) return; // done, or under way: look again
    throw new DataDirStuckLockError(dir, claimName);
  }
  try {
    if ((await readLock(lockPath)) === stale) await rm(lockPath);
  } finally {
    await rm(claim, { force: true });
  }
}

/** The pid of the live process holding the folder's lock, or null (read only: nothing is written). */
export async function liveLockHolder(dir: string): Promise<number | null> {
  const content = await readLock(join(dir, LOCK_FILE)).catch(() => null);
  const pid = content === null ? null : ownerPid(content);
  return isAlive(pid) ? pid : null;
}

export async function lockDataDir(dir: string): Promise<DataDirLock> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const mine = `${process.pid} ${randomUUID()}\n`;
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await createExclusive(path, mine)) {
      return {
        // Only ever our own lock: if it is not ours any more, it is not ours to remove.
        release: async () => {
          if ((await readLock(path)) === mine) await rm(path, { force: true });
        },
      };
    }
    const current = await readLock(path);
    if (current === null) continue; // released meanwhile
    const pid = ownerPid(current);
    if (isAlive(pid)) throw new DataDirBusyError(dir, pid);
    // Without hard links a lock is briefly empty while its owner writes it: give it a moment first.
    if (pid === null && attempt < 10) {
      await sleep(20);
      continue;
    }
    await removeStale(dir, path, current, mine);
    if (attempt > 0) await sleep(5);
  }
  throw new DataDirBusyError(dir, ownerPid((await readLock(path)) ?? '') ?? 0);
}
