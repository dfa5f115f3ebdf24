import { mainMessage } from '../../shared/i18n/main.ts';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_BACKUP_BYTES, parseBackup } from '../../shared/backup/backup-file.ts';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { HandlerFailure } from '../ipc/handlers.ts';

/** The system's file dialogs (Electron); the web host has none and uses the backups folder only. */
export interface FileDialogs {
  chooseSavePath(defaultPath: string): Promise<string | null>;
  chooseOpenPath(defaultFolder: string): Promise<string | null>;
}

export interface BackupServiceOptions {
  userDataDir: string;
  dialogs: FileDialogs | null;
  now: () => number;
}

function defaultName(now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `sao-luu-${stamp}.json`;
}

/**
 * Backups of the local working copy. Saving writes atomically to the picked file (or the backups folder);
 * opening reads a file of at most 256 MB and refuses anything that is not a valid backup of this app with
 * a reason in Vietnamese, before the renderer touches its data.
 */
export function createBackupService(options: BackupServiceOptions) {
  const folder = join(options.userDataDir, 'backups');

  const open = async (path: string): Promise<ChannelOutput<'backup.open'>> => {
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      throw new HandlerFailure('not_found', mainMessage('backup.notFound'));
    }
    if (size > MAX_BACKUP_BYTES) throw new HandlerFailure('too_large', mainMessage('backup.tooLarge'));
    const checked = parseBackup(await readFile(path, 'utf8'));
    if (!checked.ok) throw new HandlerFailure('invalid_input', checked.reason);
    return { opened: true, name: basename(path), backup: checked.backup };
  };

  return {
    async save(input: ParsedInput<'backup.save'>): Promise<ChannelOutput<'backup.save'>> {
      const target = join(folder, input.suggestedName ?? defaultName(options.now()));
      const path = options.dialogs ? await options.dialogs.chooseSavePath(target) : target;
      if (!path) return { saved: false };
      await writeFileAtomic(path, input.content);
      return { saved: true, path, bytes: Buffer.byteLength(input.content) };
    },

    async list(): Promise<ChannelOutput<'backup.list'>> {
      let names: string[];
      try {
        names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
      } catch {
        return { folder, files: [] };
      }
      const files = await Promise.all(
        names.map(async (name) => {
          const info = await stat(join(folder, name));
          return { name, bytes: info.size, modifiedAt: info.mtimeMs };
        }),
      );
      return { folder, files: files.sort((a, b) => b.modifiedAt - a.modifiedAt) };
    },

    async open(input: ParsedInput<'backup.open'>): Promise<ChannelOutput<'backup.open'>> {
      // A name is checked by the contract to be a plain file name, so it cannot leave the folder.
      if (input.name) return open(join(folder, input.name));
      if (!options.dialogs) throw new HandlerFailure('invalid_input', mainMessage('backup.outsideFolder'));
      const path = await options.dialogs.chooseOpenPath(folder);
      return path ? open(path) : { opened: false };
    },
  };
}
