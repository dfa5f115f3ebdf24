import { join } from 'node:path';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { buildXlsx } from './xlsx-table.ts';

/** The system's save dialog for exports (Electron); the web host has none and writes to the exports folder. */
export interface ExportDialogs {
  chooseExportPath(defaultPath: string): Promise<string | null>;
}

function defaultName(now: number): string {
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  return `nhiem-vu-${stamp}.xlsx`;
}

/** Exports: a spreadsheet of the current view, written where the user picks or to `<profile>/exports`. */
export function createExportService(options: {
  userDataDir: string;
  dialogs: ExportDialogs | null;
  now: () => number;
}) {
  const folder = join(options.userDataDir, 'exports');
  return {
    async xlsx(input: ParsedInput<'export.xlsx'>): Promise<ChannelOutput<'export.xlsx'>> {
      const target = join(folder, input.suggestedName ?? defaultName(options.now()));
      const path = options.dialogs ? await options.dialogs.chooseExportPath(target) : target;
      if (!path) return { saved: false };
      const content = await buildXlsx(input);
      await writeFileAtomic(path, content);
      return { saved: true, path, bytes: content.byteLength };
    },
  };
}
