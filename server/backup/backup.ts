import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DatabaseConfig } from '../db/database.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import {
  BackupError,
  openBackupFile,
  refuseExisting,
  writeBackupFile,
  type BackupKind,
  type BackupManifest,
  type PartFile,
} from './backup-file.ts';
import { dumpPglite, restorePglite } from './pglite-backup.ts';
import { dumpPostgres, restorePostgres } from './postgres-backup.ts';

/**
 * Backup and restore of the whole district: `backup(config, { to })` writes one file (backup-file.ts)
 * holding every part of the district's data, `restore(config, { from })` puts it into a new PGlite data
 * folder or an empty PostgreSQL database — never over existing data. `config` chooses the database as
 * for `serve` (`databaseConfigFromEnv()`): a PGlite backup is taken with the server stopped (the folder's
 * lock says so), a PostgreSQL one while it runs.
 */
export { BackupError, openBackupFile, type BackupManifest } from './backup-file.ts';

export function kindName(kind: BackupKind): string {
  return serverMessage(kind === 'pglite' ? 'backup.kindPglite' : 'backup.kindPostgres');
}

function requireDataDir(config: DatabaseConfig): string {
  if (config.kind !== 'pglite') throw new Error('not a PGlite configuration');
  if (config.dataDir === null) throw new BackupError('backup.memoryDatabase');
  return resolve(config.dataDir);
}

/** Writes a backup of the configured database to `options.to` (a new file). */
export async function backup(config: DatabaseConfig, options: { to: string }): Promise<BackupManifest> {
  const file = resolve(options.to);
  await refuseExisting(file);
  const work = await mkdtemp(join(tmpdir(), 'committee-backup-'));
  try {
    const databasePart = join(work, `database-${randomBytes(4).toString('hex')}`);
    let schemaVersion: number;
    let parts: PartFile[];
    if (config.kind === 'pglite') {
      schemaVersion = await dumpPglite(requireDataDir(config), databasePart);
      parts = [{ kind: 'pglite-data-dir', path: databasePart }];
    } else {
      schemaVersion = await dumpPostgres(config, databasePart);
      parts = [{ kind: 'postgres-dump', path: databasePart }];
    }
    // Blobs and document logs will add their parts here, after the database (BACKUP_PART_KINDS).
    return await writeBackupFile(
      file,
      {
        kind: config.kind,
        schemaVersion,
        ...(config.kind === 'postgres' && config.schema ? { pgSchema: config.schema } : {}),
      },
      parts,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Restores the backup at `options.from` into the configured database: a PGlite folder that is new or
 * empty, or a PostgreSQL database without tables. The whole file is checked first (kind, size, checksums)
 * and anything wrong refuses before the target is written to.
 */
export async function restore(config: DatabaseConfig, options: { from: string }): Promise<BackupManifest> {
  const file = resolve(options.from);
  const reader = await openBackupFile(file);
  const { manifest } = reader;
  if (manifest.kind !== config.kind)
    throw new BackupError('backup.wrongKind', {
      file,
      kind: kindName(manifest.kind),
      target: kindName(config.kind),
    });
  if (config.kind === 'pglite') await restorePglite(requireDataDir(config), reader);
  else await restorePostgres({ url: config.url }, reader);
  // Blobs and document logs will be restored here from their parts, after the database.
  return manifest;
}
