import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from '../../../shared/documents/minutes-skeleton.ts';
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
  const doc = new Y.Doc({ gc: false });
  try {
    for (const update of updates) Y.applyUpdateV2(doc, update);
    return plainText(doc);
  } catch {
    return '';
  } finally {
    doc.destroy();
  }
}

/** The document's words, one block per line: what a side copy shows and what the word count counts. */
export function plainText(doc: Y.Doc): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment | Y.XmlText) => {
    if (node instanceof Y.XmlText) {
      lines.push(
        node
          .toDelta()
          .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
          .join(''),
      );
      return;
    }
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText || child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(MINUTES_FRAGMENT));
  return lines.filter((line) => line.length > 0).join('\n');
}

export async function keepSideCopy(
  db: LocalDb,
  copy: { docId: string; reason: SideCopyReason; update: Uint8Array | null; text: string },
): Promise<void> {
  const row: DocSideCopy = { ...copy, at: Date.now(), message: MESSAGES[copy.reason] };
  await db.docSideCopies.add(row);
}
