import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { writeFileAtomic } from '../files/atomic-write.ts';

/** A PDF that could not be added to the merged file, and why (encrypted, damaged). */
export interface SkippedPdf {
  path: string;
  reason: string;
}

/**
 * One PDF of every page of `sources`, in order ("Tài liệu hội nghị — bản gộp"). A source that cannot be
 * read is skipped and reported, so one damaged annex does not cost the whole bundle.
 */
export async function mergePdfs(
  sources: readonly { label: string; file: string }[],
  target: string,
  title: string,
): Promise<{ pages: number; skipped: SkippedPdf[] }> {
  const merged = await PDFDocument.create();
  merged.setTitle(title);
  merged.setLanguage('vi-VN');
  const skipped: SkippedPdf[] = [];
  for (const source of sources) {
    try {
      const pdf = await PDFDocument.load(await readFile(source.file));
      const pages = await merged.copyPages(pdf, pdf.getPageIndices());
      for (const page of pages) merged.addPage(page);
    } catch (error) {
      skipped.push({ path: source.label, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  await writeFileAtomic(target, await merged.save());
  return { pages: merged.getPageCount(), skipped };
}
