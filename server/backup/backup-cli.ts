import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '../db/open-database.ts';
import { serverMessage } from '../../shared/i18n/server.ts';
import { backup, BackupError, kindName, restore } from './backup.ts';

/**
 * `backup --to FILE` and `restore --from FILE` on the server's command line. DATA_DIR or DATABASE_URL
 * choose the database exactly as for `serve`. Refusals are BackupError (an AdminError): the command line
 * prints their message alone and exits 1.
 */
export const BACKUP_USAGE = serverMessage('backup.usage');

function fileOption(command: 'backup' | 'restore', args: string[]): string {
  const option = command === 'backup' ? 'to' : 'from';
  const { values } = parseArgs({ args, options: { [option]: { type: 'string' } }, strict: true });
  const file = values[option];
  if (typeof file !== 'string' || file.trim() === '')
    throw new BackupError('backup.missingOption', { option, usage: BACKUP_USAGE });
  return resolve(file);
}

function targetName(config: ReturnType<typeof databaseConfigFromEnv>): string {
  if (config.kind === 'pglite') return resolve(config.dataDir ?? '');
  try {
    const url = new URL(config.url);
    url.password = '';
    return url.toString();
  } catch {
    return kindName('postgres');
  }
}

export async function runBackupCommand(command: 'backup' | 'restore', args: string[]): Promise<void> {
  const file = fileOption(command, args);
  const config = databaseConfigFromEnv();
  if (command === 'backup') {
    const manifest = await backup(config, { to: file });
    const bytes = manifest.parts.reduce((sum, part) => sum + part.bytes, 0);
    process.stdout.write(`${serverMessage('backup.done', { kind: kindName(manifest.kind), file, bytes })}\n`);
    return;
  }
  await restore(config, { from: file });
  process.stdout.write(`${serverMessage('backup.restored', { file, target: targetName(config) })}\n`);
}
