import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseBackup } from '../../../shared/backup/backup-file.ts';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { documentId } from '../../../shared/sync/documents-api.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { exportBackup, restoreBackup } from '../db/backup.ts';
import { createTestDb } from '../../test/test-db.ts';
import { saveDocState } from './doc-log.ts';
import { createDocumentRegistry } from './open-document.ts';
import { keepSideCopy } from './side-copies.ts';

describe('backup of the documents', () => {
  it('carries the minutes with their unsent edits, the epoch and the side copies, through the file format', async () => {
    const docId = documentId('minutes', uuidv7(Date.now()));
    const source = createTestDb();
    const open = (await createDocumentRegistry(source.db).acquire(docId)).open;
    // An edit of this machine's: the number line of the skeleton ("Số: …-BB/QU") gets a prefix.
    const numberLine = open.doc.getXmlFragment('default').get(1);
    const text = numberLine instanceof Y.XmlElement ? numberLine.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('the skeleton has no number line');
    text.insert(0, 'Số 45 — ');
    await open.flushed();
    await saveDocState(source.db, docId, { epoch: 123_456, serverSeq: 9 });
    await keepSideCopy(source.db, { docId, reason: 'refused', update: null, text: 'Ý kiến không được nhận' });
    const unsentBefore = await source.db.docUpdates.where('[docId+unsent]').equals([docId, 1]).count();
    expect(unsentBefore).toBeGreaterThan(0);

    const checked = parseBackup(JSON.stringify(await exportBackup(source.db, 'profile-a', Date.now())));
    if (!checked.ok) throw new Error(checked.reason);
    const target = createTestDb();
    await restoreBackup(target.db, checked.backup, Date.now());

    expect(await target.db.docUpdates.where('[docId+unsent]').equals([docId, 1]).count()).toBe(unsentBefore);
    const state = await target.db.docState.get(docId);
    expect(state).toMatchObject({ epoch: 123_456, serverSeq: 0 });
    expect((await target.db.docSideCopies.toArray()).map((copy) => copy.text)).toEqual([
      'Ý kiến không được nhận',
    ]);
    const restored = (await createDocumentRegistry(target.db).acquire(docId)).open;
    expect(plainText(restored.doc)).toBe(plainText(open.doc));
    expect(plainText(restored.doc)).toContain('Số 45 — Số: …-BB/QU');
  });

  it('a restore drops the checkpoints, and a document open before writes none over the restored rows', async () => {
    const docId = documentId('minutes', uuidv7(Date.now()));
    const source = createTestDb();
    await (await createDocumentRegistry(source.db).acquire(docId)).open.flushed();
    const backup = parseBackup(JSON.stringify(await exportBackup(source.db, 'profile-a', Date.now())));
    if (!backup.ok) throw new Error(backup.reason);

    const target = createTestDb();
    const registry = createDocumentRegistry(target.db);
    const { open } = await registry.acquire(docId);
    open.doc.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    expect(await registry.checkpoint(docId)).toBeGreaterThan(0);
    await restoreBackup(target.db, backup.backup, Date.now());
    expect(await target.db.docCheckpoints.count()).toBe(0);
    // The old doc holds every restored row (the skeleton), and its own paragraph the backup does not have.
    expect(await registry.checkpoint(docId)).toBeNull();
    expect(await target.db.docCheckpoints.count()).toBe(0);
    const restored = (await createDocumentRegistry(target.db).acquire(docId)).open;
    expect(plainText(restored.doc)).toBe(plainText(open.doc));
    expect(restored.doc.getXmlFragment('default').length).toBe(open.doc.getXmlFragment('default').length - 1);
  });
});
