import { describe, expect, it } from 'vitest';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { documentId } from '../../../shared/sync/documents-api.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createDocumentRegistry } from './open-document.ts';

describe('opening a document from its local rows', () => {
  it('stores the skeleton as not to send, and every later edit as unsent, in order', async () => {
    const { db } = createTestDb();
    const docId = documentId('minutes', uuidv7(Date.now()));
    const { open } = await createDocumentRegistry(db).acquire(docId);
    open.doc.getText('probe').insert(0, 'Số 45');
    open.doc.getText('probe').insert(5, '-BB/QU');
    await open.flushed();
    const rows = await db.docUpdates.where('docId').equals(docId).sortBy('seq');
    expect(rows.map((row) => row.unsent)).toEqual([0, 1, 1]);
  });

  it('a damaged row is reported, kept aside and removed; the rest of the document opens', async () => {
    const { db } = createTestDb();
    const docId = documentId('minutes', uuidv7(Date.now()));
    const first = await createDocumentRegistry(db).acquire(docId);
    const text = plainText(first.open.doc);
    await first.open.flushed();
    first.release();
    await db.docUpdates.add({ docId, update: new Uint8Array([200, 1, 2, 3]), unsent: 1 });

    const { open } = await createDocumentRegistry(db).acquire(docId);
    expect(open.damagedRows).toBe(1);
    expect(plainText(open.doc)).toBe(text);
    const [copy] = await db.docSideCopies.toArray();
    expect(copy).toMatchObject({ docId, reason: 'corrupt' });
    expect(Array.from(copy?.update ?? [])).toEqual([200, 1, 2, 3]);
    expect(await db.docUpdates.where('docId').equals(docId).count()).toBe(1);
  });

  it('one Y.Doc per document however many editors hold it', async () => {
    const { db } = createTestDb();
    const docId = documentId('notes', uuidv7(Date.now()));
    const registry = createDocumentRegistry(db);
    const [a, b] = await Promise.all([registry.acquire(docId), registry.acquire(docId)]);
    expect(a.open.doc).toBe(b.open.doc);
    expect(plainText(a.open.doc)).toBe('');
  });
});
