import { mergeMany } from '../../../shared/documents/merge-many.ts';
import { plainTextOfUpdate } from '../../../shared/documents/plain-text.ts';
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

export async function keepSideCopy(
  db: LocalDb,
  copy: { docId: string; reason: SideCopyReason; update: Uint8Array | null; text: string },
): Promise<void> {
  const row: DocSideCopy = { ...copy, at: Date.now(), message: MESSAGES[copy.reason] };
  await db.docSideCopies.add(row);
}
