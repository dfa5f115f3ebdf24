import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { safeFileName } from '../../shared/files/file-name.ts';
import type { BlobStore } from './blob-store.ts';
import { isMissing, openHashingWriter, type DiskIo } from './disk-io.ts';

/** The folders the open copies are made in: `<tmp>/so-tay-tep-XXXXXX/`. */
export const OPEN_COPY_PREFIX = 'so-tay-tep-';

/**
 * Opens the file a page asked for (`files.open`): with the system's application in Electron (shell.openPath
 * in main/electron/file-opener.ts), or as an address the page downloads it from (the web host,
 * main/web-host/file-downloads.ts). It receives a fresh copy of the blob, never the store's own file.
 */
export interface FileOpener {
  open(path: string, name: string): Promise<{ opened: true } | { opened: false; url: string }>;
}

/** Whether `path` is a direct child of `folder` (what a safe name must give). */
export function isDirectChild(folder: string, path: string): boolean {
  const inside = relative(resolve(folder), resolve(path));
  return (
    inside !== '' &&
    !inside.startsWith('..') &&
    !inside.includes(sep) &&
    dirname(resolve(path)) === resolve(folder)
  );
}

/**
 * Copies a blob into a fresh temporary folder (mkdtemp) under `safeFileName(name)`, checking its hash on
 * the way: the copy is what an application opens, so the store's file is never handed out and a name
 * from a record can never climb out of its folder. Null when the blob is not here, or is damaged (then it
 * is deleted from the store, to be fetched again). A full disk removes the folder and throws.
 */
export async function makeOpenCopy(
  store: BlobStore,
  sha256: string,
  name: string,
  io: DiskIo,
  tmpRoot: string = tmpdir(),
): Promise<{ folder: string; path: string; name: string } | null> {
  const safe = safeFileName(name);
  const folder = await mkdtemp(join(tmpRoot, OPEN_COPY_PREFIX));
  const path = join(folder, safe);
  try {
    if (!isDirectChild(folder, path)) throw new Error(`Unsafe file name: ${JSON.stringify(safe)}`);
    const writer = await openHashingWriter(path, io);
    try {
      for await (const chunk of createReadStream(store.pathOf(sha256))) await writer.write(chunk as Buffer);
    } catch (error) {
      await writer.discard();
      throw error;
    }
    const copied = await writer.finish();
    if (copied.sha256 === sha256) return { folder, path, name: safe };
    await store.remove(sha256);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    if (isMissing(error)) return null;
    throw error;
  }
  await rm(folder, { recursive: true, force: true });
  return null;
}

/** Removes open copies older than `maxAgeMs` (an application may still hold a recent one). */
export async function sweepOpenCopies(
  now: number,
  maxAgeMs: number,
  tmpRoot: string = tmpdir(),
): Promise<void> {
  const names = await readdir(tmpRoot).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(OPEN_COPY_PREFIX)) continue;
    const folder = join(tmpRoot, name);
    const info = await stat(folder).catch(() => null);
    if (info?.isDirectory() && now - info.mtimeMs > maxAgeMs)
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}
