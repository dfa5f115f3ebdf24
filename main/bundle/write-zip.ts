import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { Zip, ZipPassThrough } from 'fflate';
import type { BundleEntry } from './bundle-plan.ts';

const EARLIEST_ZIP_DATE = Date.UTC(1980, 0, 2);

/**
 * Streams the entries into a ZIP at `path` (stored, not deflated: Office files and PDFs are compressed
 * already, and storing keeps a 200 MB annex a copy, not a CPU job). Names are UTF-8 with the ZIP flag
 * that says so, which Windows' Explorer and 7-Zip read. Each chunk is written before the next is read, so
 * memory stays flat; the file appears under its name only once complete (a temporary sibling, renamed).
 */
export async function writeZip(
  entries: readonly BundleEntry[],
  open: (sha256: string) => Promise<Readable>,
  path: string,
  mtime: number,
): Promise<number> {
  const temp = `${path}.partial`;
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(temp, { mode: 0o600 });
  let written = 0;
  let failure: Error | null = null;
  // A write that fails (a full disk, a folder gone) is this bundle's failure, never an unhandled event.
  out.on('error', (error) => (failure ??= error));
  const settled = () =>
    new Promise<void>((resolve) => {
      out.once('drain', () => resolve());
      out.once('error', () => resolve());
    });
  const pending: Promise<void>[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else {
      written += chunk.byteLength;
      if (!out.write(chunk)) pending.push(settled());
    }
  });
  try {
    for (const entry of entries) {
      const file = new ZipPassThrough(entry.path);
      // A ZIP's dates start in 1980.
      file.mtime = Math.max(mtime, EARLIEST_ZIP_DATE);
      zip.add(file);
      for await (const chunk of await open(entry.sha256)) {
        file.push(chunk as Uint8Array);
        await Promise.all(pending.splice(0));
        if (failure) throw failure;
      }
      file.push(new Uint8Array(0), true);
    }
    zip.end();
    await Promise.all(pending.splice(0));
    if (failure) throw failure;
    await new Promise<void>((resolve, reject) => {
      out.once('error', reject);
      out.end(() => resolve());
    });
    if (failure) throw failure;
    await rename(temp, path);
    return written;
  } catch (error) {
    // The stream opens its file asynchronously: wait for it to close before removing it.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()).destroy());
    await rm(temp, { force: true });
    throw error;
  }
}
