import { stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { basename, join } from 'node:path';
import { safeFileName } from '../../shared/files/file-name.ts';
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract.ts';
import type { ExportDialogs } from '../export/export-service.ts';
import { planBundle } from './bundle-plan.ts';
import { mergePdfs } from './merge-pdfs.ts';
import { writeZip } from './write-zip.ts';

export interface BundleServiceOptions {
  userDataDir: string;
  dialogs: ExportDialogs | null;
  /** The checked local file of a blob, or null when it is not on this machine. */
  blobPath: (sha256: string) => Promise<string | null>;
  /** Where the page downloads a saved bundle from (the web host); null where a save dialog chose the place. */
  download:
    ((path: string, name: string) => Promise<{ opened: true } | { opened: false; url: string }>) | null;
  now: () => number;
}

/** "Tải bộ tài liệu": the meeting's files as one ZIP, or its PDFs as one merged PDF. */
export function createBundleService(options: BundleServiceOptions) {
  const folder = join(options.userDataDir, 'exports');
  return async (input: ParsedInput<'files.bundle'>): Promise<ChannelOutput<'files.bundle'>> => {
    const plan = planBundle(input.items);
    const names = new Map(input.items.map((item) => [item.sha256, item.name]));
    const skipped: { name: string; reason: string }[] = [];
    const present: { entry: (typeof plan)[number]; file: string }[] = [];
    for (const entry of plan) {
      const file = await options.blobPath(entry.sha256);
      if (file) present.push({ entry, file });
      else skipped.push({ name: names.get(entry.sha256) ?? entry.path, reason: 'Tệp chưa có trên máy này.' });
    }
    const extension = input.kind === 'zip' ? 'zip' : 'pdf';
    const suggested = join(folder, safeFileName(`${input.title}.${extension}`));
    const path = options.dialogs ? await options.dialogs.chooseExportPath(suggested) : suggested;
    if (!path) return { saved: false };
    if (input.kind === 'zip') {
      const files = new Map(present.map(({ entry, file }) => [entry.sha256, file]));
      const open = async (sha256: string) => createReadStream(files.get(sha256) ?? '');
      await writeZip(
        present.map(({ entry }) => entry),
        open,
        path,
        options.now(),
      );
    } else {
      const pdfs = present.filter(({ entry }) => entry.isPdf);
      const sources = pdfs.map(({ entry, file }) => ({ label: names.get(entry.sha256) ?? entry.path, file }));
      const merged = await mergePdfs(sources, path, input.title);
      skipped.push(...merged.skipped.map((entry) => ({ name: entry.path, reason: entry.reason })));
    }
    const bytes = (await stat(path)).size;
    const link = options.download ? await options.download(path, basename(path)) : null;
    const url = link && !link.opened ? link.url : null;
    return { saved: true, path, bytes, skipped, ...(url ? { url } : {}) };
  };
}
