import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  useDataDirCopies,
  countRows,
  damages,
  MADE_ROWS,
  refusalPattern,
  scratchDir,
  snapshot,
} from './data-dir-fixtures.ts';
import { openDatabase } from './open-database.ts';
import { inspectPgliteDataDir } from './pglite-data-dir.ts';

/**
 * Issue 13, fault 6: a PGlite folder that is not a valid database must never be initialised over (that
 * was the vanishing database: PGlite runs initdb in a folder without PG_VERSION) nor crash PGlite. The
 * server refuses it with one line naming the folder and what to do, and leaves every byte as it was.
 */
describe('opening a PGlite data folder', () => {
  const copies = useDataDirCopies();

  it.each(damages)('refuses one with $name, touching nothing', async (damage) => {
    const dir = await copies.copy();
    await damage.apply(dir);
    const before = await snapshot(dir);
    const opening = openDatabase({ kind: 'pglite', dataDir: dir });
    await expect(opening).rejects.toMatchObject({
      name: 'DataDirInvalidError',
      message: expect.stringMatching(refusalPattern(dir, damage.reason)),
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a damaged folder even when a stale lock is in it, leaving the lock', async () => {
    const dir = await copies.copy();
    await rm(join(dir, 'pgdata', 'PG_VERSION'));
    await writeFile(join(dir, 'server.lock'), '999999999');
    const before = await snapshot(dir);
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({
      name: 'DataDirInvalidError',
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses DATA_DIR pointed at the cluster inside it, touching nothing', async () => {
    const dir = await copies.copy();
    const before = await snapshot(dir);
    await expect(openDatabase({ kind: 'pglite', dataDir: join(dir, 'pgdata') })).rejects.toMatchObject({
      name: 'DataDirInvalidError',
      message: expect.stringMatching(refusalPattern(join(dir, 'pgdata'), /có PG_VERSION ngay trong thư mục/)),
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('names the folder in one line when PGlite itself fails on a folder that passed the checks', async () => {
    const dir = await copies.copy();
    await writeFile(join(dir, 'pgdata', 'postgresql.conf'), 'shared_buffers = lots\n');
    const failure = await openDatabase({ kind: 'pglite', dataDir: dir }).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(failure).toMatchObject({ name: 'DataDirOpenError' });
    expect(failure?.message).toMatch(
      new RegExp(`^Không mở được cơ sở dữ liệu trong thư mục dữ liệu ${dir} \\(`),
    );
    expect(failure?.message).not.toContain('\n');
  });

  it('reopens a valid folder with its rows', async () => {
    const dir = await copies.copy();
    // Also the guard for a PGlite upgrade: a folder it made must pass the checks (pg-control.ts layout).
    expect(await inspectPgliteDataDir(dir)).toBe('existing');
    expect(await countRows(dir)).toBe(MADE_ROWS);
  }, 60_000);

  it('initialises a folder that does not exist, an empty one, and one with an empty pgdata', async () => {
    const root = await scratchDir();
    copies.keep(join(root, 'x'));
    const missing = join(root, 'missing', 'data');
    const empty = join(root, 'empty');
    const emptyPgdata = join(root, 'empty-pgdata');
    await mkdir(empty);
    await mkdir(join(emptyPgdata, 'pgdata'), { recursive: true });
    for (const dir of [missing, empty, emptyPgdata]) {
      expect(await countRows(dir)).toBe(0);
      expect((await readFile(join(dir, 'pgdata', 'PG_VERSION'), 'utf8')).trim()).toMatch(/^\d+$/);
    }
  }, 90_000);
});
