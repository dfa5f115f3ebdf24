import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from './minutes-skeleton.ts';

/**
 * A document's words, one text block per line, read straight from the Yjs structure (no editor): what a
 * side copy keeps, and what tests compare across machines and with the server's log.
 */
export function plainText(doc: Y.Doc): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        const delta = child.toDelta() as Array<{ insert?: unknown }>;
        lines.push(delta.map((op) => (typeof op.insert === 'string' ? op.insert : '')).join(''));
      } else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(MINUTES_FRAGMENT));
  return lines.filter((line) => line.length > 0).join('\n');
}

/** The words of the document a V2 update (a server's merged log, a side copy) holds on its own. */
export function plainTextOfUpdate(update: Uint8Array): string {
  const doc = new Y.Doc({ gc: false });
  try {
    Y.applyUpdateV2(doc, update);
    return plainText(doc);
  } finally {
    doc.destroy();
  }
}
