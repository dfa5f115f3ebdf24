import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { mergePdfs } from './merge-pdfs.ts';
import { writeZip } from './write-zip.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function pdfWith(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) pdf.addPage([595, 842]);
  return pdf.save();
}

describe('a meeting bundle on disk', () => {
  it('is a ZIP of every file under its folder, names in UTF-8, bytes unchanged', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    const blobs: Record<string, Uint8Array> = { a: new TextEncoder().encode('Giấy mời'), b: big };
    const path = join(dir, 'Hội nghị lần thứ 9.zip');
    const entries = [
      { path: '00 - Tài liệu chung/Giấy mời.txt', sha256: 'a', isPdf: false },
      { path: '01 - Báo cáo/Phụ lục số liệu.bin', sha256: 'b', isPdf: false },
    ];
    // Chunks of 64 KiB, as a file stream gives them.
    const open = async (sha256: string) =>
      Readable.from(chunks(blobs[sha256] ?? new Uint8Array(0), 64 * 1024));
    await writeZip(entries, open, path, Date.UTC(2021, 11, 14));
    const files = unzipSync(new Uint8Array(await readFile(path)));
    expect(Object.keys(files)).toEqual(entries.map((entry) => entry.path));
    expect(new TextDecoder().decode(files['00 - Tài liệu chung/Giấy mời.txt'])).toBe('Giấy mời');
    expect(files['01 - Báo cáo/Phụ lục số liệu.bin']).toEqual(big);
  });

  it('makes its folder, and reports a write that fails instead of crashing main', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const open = async () => Readable.from([new Uint8Array(10)]);
    const entries = [{ path: 'a/b.pdf', sha256: 'x', isPdf: true }];
    await writeZip(entries, open, join(dir, 'exports', 'new', 'out.zip'), 0);
    expect((await readFile(join(dir, 'exports', 'new', 'out.zip'))).byteLength).toBeGreaterThan(10);
    // A folder where the file should be: the write fails, the promise rejects, nothing is left.
    await mkdir(join(dir, 'taken.zip.partial'));
    await expect(writeZip(entries, open, join(dir, 'taken.zip'), 0)).rejects.toThrow();
    await expect(readFile(join(dir, 'taken.zip'))).rejects.toThrow();
  });

  it('leaves no half-written ZIP when a file cannot be read', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    const path = join(dir, 'out.zip');
    const open = async () => {
      throw new Error('tệp chưa có trên máy');
    };
    await expect(writeZip([{ path: 'x/y.pdf', sha256: 'x', isPdf: true }], open, path, 0)).rejects.toThrow();
    await expect(readFile(path)).rejects.toThrow();
    await expect(readFile(`${path}.partial`)).rejects.toThrow();
  });

  it('merges the PDFs in order and reports one it cannot read', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    await writeFile(join(dir, 'a.pdf'), await pdfWith(2));
    await writeFile(join(dir, 'b.pdf'), new TextEncoder().encode('không phải PDF'));
    await writeFile(join(dir, 'c.pdf'), await pdfWith(3));
    const sources = ['a', 'b', 'c'].map((name) => ({ label: `${name}.pdf`, file: join(dir, `${name}.pdf`) }));
    const result = await mergePdfs(sources, join(dir, 'gop.pdf'), 'Tài liệu Hội nghị lần thứ 9');
    expect(result.pages).toBe(5);
    expect(result.skipped.map((entry) => entry.path)).toEqual(['b.pdf']);
    const merged = await PDFDocument.load(await readFile(join(dir, 'gop.pdf')));
    expect(merged.getPageCount()).toBe(5);
    expect(merged.getTitle()).toBe('Tài liệu Hội nghị lần thứ 9');
  });
});

function* chunks(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
