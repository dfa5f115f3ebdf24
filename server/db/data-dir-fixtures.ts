import { sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, open, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { queryRows } from './database.ts';
import { openDatabase } from './open-database.ts';

/**
 * Test support for the data-folder safety tests: a real PGlite data folder made by the server's own open
 * and migrate code, holding some rows, copied once per case and then damaged the ways disks and people
 * damage them. Not a test file itself (the suites import it).
 */

/** How many audit rows the made folder holds (a reopened folder must still have them all). */
export const MADE_ROWS = 50;

export async function scratchDir(prefix = 'committee-datadir-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A DATA_DIR with a migrated PGlite database in `pgdata/` holding MADE_ROWS audit rows, closed cleanly. */
export async function makeDataDir(): Promise<string> {
  const dir = join(await scratchDir(), 'data');
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    for (let i = 0; i < MADE_ROWS; i++) {
      await database.orm
        .execute(sql`INSERT INTO audit_log (version, at, client_id, space_id, entity, record_id, field)
        VALUES (${i + 1}, 1, 'c', 'directory', 'unit', ${`u${i}`}, 'name')`);
    }
  } finally {
    await database.close();
  }
  return dir;
}

export async function countRows(dir: string): Promise<number> {
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    const rows = await queryRows(database.orm, sql`SELECT count(*)::int AS n FROM audit_log`);
    return Number(rows[0]?.n);
  } finally {
    await database.close();
  }
}

/** A copy of `source` in a new scratch folder (each case damages its own copy). */
export async function copyDataDir(source: string): Promise<string> {
  const dir = join(await scratchDir(), 'data');
  await cp(source, dir, { recursive: true });
  return dir;
}

export async function removeScratch(dir: string): Promise<void> {
  await rm(join(dir, '..'), { recursive: true, force: true });
}

/**
 * Every entry under `path` (itself included) with its kind and, for files, the SHA-256 of its content:
 * equal snapshots mean nothing was added, removed or rewritten (times are left out on purpose).
 */
export async function snapshot(path: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const visit = async (full: string, name: string): Promise<void> => {
    const info = await stat(full).catch(() => null);
    if (info === null) result[name] = 'missing';
    else if (info.isDirectory()) {
      result[name] = 'dir';
      for (const entry of (await readdir(full)).sort()) await visit(join(full, entry), `${name}/${entry}`);
    } else
      result[name] = `file ${createHash('sha256')
        .update(await readFile(full))
        .digest('hex')}`;
  };
  await visit(path, '.');
  return result;
}

async function newestWalSegment(dir: string): Promise<string> {
  const wal = join(dir, 'pgdata', 'pg_wal');
  const segments = (await readdir(wal)).filter((name) => /^[0-9A-F]{24}$/.test(name)).sort();
  const newest = segments.at(-1);
  if (!newest) throw new Error(`no WAL segment in ${wal}`);
  return join(wal, newest);
}

export interface Damage {
  name: string;
  apply(dir: string): Promise<void>;
  /** What the refusal's reason must say. */
  reason: RegExp;
}

export const damages: Damage[] = [
  {
    name: 'PG_VERSION removed',
    apply: (dir) => rm(join(dir, 'pgdata', 'PG_VERSION')),
    reason: /thiếu pgdata\/PG_VERSION/,
  },
  {
    name: 'pg_control zeroed',
    apply: async (dir) => {
      const file = await open(join(dir, 'pgdata', 'global', 'pg_control'), 'r+');
      try {
        const { size } = await file.stat();
        await file.write(Buffer.alloc(size), 0, size, 0);
      } finally {
        await file.close();
      }
    },
    reason: /pgdata\/global\/pg_control/,
  },
  {
    name: 'newest WAL segment truncated',
    apply: async (dir) => truncate(await newestWalSegment(dir), 1024 * 1024),
    reason: /pgdata\/pg_wal\/[0-9A-F]{24}/,
  },
  {
    name: 'a file where the folder should be',
    apply: async (dir) => {
      await rm(dir, { recursive: true });
      await writeFile(dir, 'not a folder\n');
    },
    reason: /là một tệp, không phải thư mục/,
  },
  {
    name: 'a folder of unrelated files',
    apply: async (dir) => {
      // Someone's documents: DATA_DIR pointed at the wrong folder. Nothing must be created among them.
      await rm(dir, { recursive: true });
      await mkdir(join(dir, 'ảnh'), { recursive: true });
      await writeFile(join(dir, 'ghi-chu.txt'), 'Biên bản họp\n');
      await writeFile(join(dir, 'ảnh', 'hop-1.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    },
    reason: /không trống/,
  },
];

/** The one refusal line, for a folder: names the folder, says why (`reason`) and what to do. */
export function refusalPattern(dir: string, reason: RegExp): RegExp {
  const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^Thư mục dữ liệu ${escaped} không phải là cơ sở dữ liệu hợp lệ \\(.*${reason.source}.*\\)\\. ` +
      'Không mở để tránh mất dữ liệu: hãy khôi phục thư mục từ bản sao lưu, hoặc đặt DATA_DIR là một ' +
      'thư mục trống để tạo mới\\.$',
  );
}

/**
 * One valid folder made for a test file, and a fresh copy of it for each test, all removed after the
 * file's tests (`keep` adds other scratch paths to remove). Call at the top of a `describe`.
 */
export function useDataDirCopies(): { copy(): Promise<string>; keep(path: string): void } {
  let made = '';
  const scratch: string[] = [];
  beforeAll(async () => {
    made = await makeDataDir();
  }, 60_000);
  afterAll(async () => {
    for (const dir of [made, ...scratch]) await removeScratch(dir);
  });
  return {
    copy: async () => {
      const dir = await copyDataDir(made);
      scratch.push(dir);
      return dir;
    },
    keep: (path) => {
      scratch.push(path);
    },
  };
}
