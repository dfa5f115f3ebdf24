import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { loadMigrations } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';

/**
 * A fresh PGlite takes seconds to initialise (initdb in WebAssembly); loading a dump of a migrated one
 * takes about one. The first test file that needs it makes the dump (in the temp folder, named by the
 * migrations it holds) and every later one starts from it.
 */
async function templatePath(): Promise<string> {
  const hash = createHash('sha256');
  for (const migration of await loadMigrations()) hash.update(`${migration.version}:${migration.sql}`);
  return join(tmpdir(), `committee-server-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
}

async function makeTemplate(path: string): Promise<Blob> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    if (!database.dumpDataDir) throw new Error('PGlite cannot dump its data folder.');
    const dump = await database.dumpDataDir();
    const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
    return dump;
  } finally {
    await database.close();
  }
}

let cached: Promise<Blob> | null = null;

export function pgliteTemplate(): Promise<Blob> {
  cached ??= (async () => {
    const path = await templatePath();
    if (existsSync(path)) return new Blob([await readFile(path)]);
    return makeTemplate(path);
  })();
  return cached;
}
