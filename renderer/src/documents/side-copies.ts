import { mergeMany } from '../../../shared/documents/merge-many.ts';
import { plainTextOfUpdate } from '../../../shared/documents/plain-text.ts';
import { lineDiff } from '../../../shared/documents/versions.ts';
import type { LocalDb } from '../db/local-db.ts';
import type { DocSideCopy, SideCopyReason } from './doc-rows.ts';

const MESSAGES: Record<SideCopyReason, string> = {
  refused: 'Bản sửa không được nhận: máy chủ không nhận các sửa đổi này vào văn bản.',
  epoch:
    'Bản sửa không được nhận: văn bản trên máy chủ đã được tạo lại, bản sao cũ trên máy này được giữ riêng.',
  corrupt:
    'Một phần văn bản lưu trên máy bị hỏng nên không mở được; phần đó được giữ riêng và tải lại từ máy chủ.',
};

/** The plain text of a document built from `updates` alone (paragraphs on their own lines). */
export function textOfUpdates(updates: readonly Uint8Array[]): string {
  try {
    return plainTextOfUpdate(mergeMany(updates));
  } catch {
    return '';
  }
}

/**
 * What a refused edit did to the text, line by line: the lines it added as they are, then the lines it
 * removed marked "[bỏ]" — not the whole document, so the office reads at a glance what was not taken.
 */
export function refusedWords(before: string, after: string): string {
  const lines = lineDiff(before, after);
  const added = lines.filter((line) => line.kind === 'added').map((line) => line.text);
  const removed = lines.filter((line) => line.kind === 'removed').map((line) => `[bỏ] ${line.text}`);
  return [...added, ...removed].join('\n');
}

export async function keepSideCopy(
  db: LocalDb,
  copy: { docId: string; reason: SideCopyReason; update: Uint8Array | null; text: string; detail?: string },
): Promise<void> {
  const { detail, ...kept } = copy;
  // A refusal the server explained (the minutes were approved) says why; the others say what happened.
  const message = detail ? `Bản sửa không được nhận: ${detail}` : MESSAGES[copy.reason];
  const row: DocSideCopy = { ...kept, at: Date.now(), message };
  await db.docSideCopies.add(row);
}
