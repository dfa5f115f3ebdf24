import { expect } from 'vitest';
import * as Y from 'yjs';
import { MINUTES_FRAGMENT } from '../../shared/documents/minutes-skeleton.ts';
import { plainText } from '../../shared/documents/plain-text.ts';
import type { LocalDb } from '../src/db/local-db.ts';
import { readRows } from '../src/documents/doc-log.ts';

/** Edits of a minutes document for the document log's tests, as an editor makes them (one transaction each). */

const paragraphs = (doc: Y.Doc) => doc.getXmlFragment(MINUTES_FRAGMENT);

/** Types into the block at `at` (mod the count) if it holds text, else starts a new paragraph at the end. */
export function typeAt(doc: Y.Doc, at: number, text: string): void {
  const fragment = paragraphs(doc);
  const node = fragment.get(at % (fragment.length + 1));
  const target = node instanceof Y.XmlElement ? node.get(0) : null;
  if (target instanceof Y.XmlText) return target.insert(at % (target.length + 1), text);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(fragment.length, [paragraph]);
}

/** Deletes a character of the block at `at`, if it has one. Returns whether anything changed. */
export function eraseAt(doc: Y.Doc, at: number): boolean {
  const fragment = paragraphs(doc);
  const node = fragment.get(at % Math.max(1, fragment.length));
  const target = node instanceof Y.XmlElement ? node.get(0) : null;
  if (!(target instanceof Y.XmlText) || target.length === 0) return false;
  target.delete(at % target.length, 1);
  return true;
}

/** The document exactly as its rows hold it: every row applied in seq order, no checkpoint. */
export async function docFromAllRows(db: LocalDb, docId: string): Promise<Y.Doc> {
  const doc = new Y.Doc({ gc: false });
  for (const row of await readRows(db, docId)) Y.applyUpdateV2(doc, row.update);
  return doc;
}

/** Same words, same state vector, same deletions. */
export function expectSameState(actual: Y.Doc, expected: Y.Doc): void {
  expect(plainText(actual)).toBe(plainText(expected));
  expect(Array.from(Y.encodeStateVector(actual))).toEqual(Array.from(Y.encodeStateVector(expected)));
  expect(Y.equalSnapshots(Y.snapshot(actual), Y.snapshot(expected))).toBe(true);
}
