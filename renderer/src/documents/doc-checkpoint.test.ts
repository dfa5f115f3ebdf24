import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { documentId } from '../../../shared/sync/documents-api.ts';
import { docFromAllRows, expectSameState, typeAt } from '../../test/doc-edits.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { CheckpointPolicy } from './checkpoint-writer.ts';
import { writeCheckpoint } from './doc-checkpoint.ts';
import { appendRow, compactSent, dropCount, dropDoc, readRows } from './doc-log.ts';
import { createDocumentRegistry, REMOTE_ORIGIN } from './open-document.ts';

/** No background writes: the test says when (the property test, doc-checkpoint.sync.test.ts, has both). */
const manual: CheckpointPolicy = { openTail: Infinity, everyUpdates: Infinity, idleMs: 0, maxWaitMs: 0 };

async function typedMinutes(count: number) {
  const { db } = createTestDb();
  const docId = documentId('minutes', uuidv7(Date.now()));
  const registry = createDocumentRegistry(db, manual);
  const { open, release } = await registry.acquire(docId);
  for (let n = 0; n < count; n += 1) typeAt(open.doc, n, `câu ${n} `);
  await open.flushed();
  return { db, docId, registry, open, release };
}

describe('checkpoints of a document', () => {
  it('claims only the rows whose content the written state holds, a prefix of the log, never backwards', async () => {
    const { db } = createTestDb();
    const docId = documentId('notes', uuidv7(Date.now()));
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'Số 45');
    const first = await appendRow(db, docId, Y.encodeStateAsUpdateV2(doc), 1);
    const base = { upToSeq: first, generation: dropCount(db, docId) };
    // Rows stored but not applied here: another copy adds a word, then deletes a character (a row of
    // deletions only); a third copy writes elsewhere.
    const other = new Y.Doc({ gc: false });
    Y.applyUpdateV2(other, Y.encodeStateAsUpdateV2(doc));
    const row = async (edit: () => void, source = other) => {
      const before = Y.encodeStateVector(source);
      edit();
      const update = Y.encodeStateAsUpdateV2(source, before);
      return { update, seq: await appendRow(db, docId, update, 0) };
    };
    const word = await row(() => other.getText('t').insert(5, '-BB/QU'));
    const deletion = await row(() => other.getText('t').delete(0, 1));
    const third = new Y.Doc({ gc: false });
    const elsewhere = await row(() => third.getText('u').insert(0, 'Kết luận'), third);
    const stateWith = (...rows: Array<{ update: Uint8Array }>) => {
      const copy = new Y.Doc({ gc: false });
      Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc));
      for (const { update } of rows) Y.applyUpdateV2(copy, update);
      return copy;
    };

    expect(await writeCheckpoint(db, docId, doc, base)).toBe(first);
    // Holding a later row is not enough: every row before it must be held too.
    expect(await writeCheckpoint(db, docId, stateWith(elsewhere), base)).toBeNull();
    expect(await writeCheckpoint(db, docId, stateWith(word), base)).toBe(word.seq);
    expect(await writeCheckpoint(db, docId, stateWith(word, deletion), base)).toBe(deletion.seq);
    for (const { update } of [word, deletion, elsewhere]) Y.applyUpdateV2(doc, update);
    doc.getText('t').insert(0, '!');
    expect(await writeCheckpoint(db, docId, doc, base)).toBe(elsewhere.seq);
    // A state that holds less writes nothing over it.
    expect(await writeCheckpoint(db, docId, stateWith(word), base)).toBeNull();
    expect((await db.docCheckpoints.get(docId))?.upToSeq).toBe(elsewhere.seq);
  });

  it('opens from it: the rows at or below it are not read, the rows after it are', async () => {
    const { db, docId, registry, open } = await typedMinutes(30);
    const upTo = await registry.checkpoint(docId);
    for (let n = 0; n < 5; n += 1) typeAt(open.doc, n, `sau ${n} `);
    await open.flushed();
    const rows = await readRows(db, docId);
    const below = rows.find((row) => row.seq < (upTo ?? 0));
    if (!below || upTo === null) throw new Error('no checkpoint');
    // Damaged on disk after the checkpoint was written: never read while the checkpoint is good.
    await db.docUpdates.put({ ...below, update: new Uint8Array([200, 1, 2]) });
    const reopened = (await createDocumentRegistry(db, manual).acquire(docId)).open;
    expect(reopened.damagedRows).toBe(0);
    expect(plainText(reopened.doc)).toBe(plainText(open.doc));
    expect(plainText(reopened.doc)).toContain('sau 4');
  });

  it('a damaged or malformed checkpoint is dropped and the document opens from all its rows', async () => {
    const { db, docId, registry, open } = await typedMinutes(30);
    const good = await registry.checkpoint(docId);
    const valid = await db.docCheckpoints.get(docId);
    if (!valid || good === null) throw new Error('no checkpoint');
    const text = plainText(open.doc);
    const rows = (await readRows(db, docId)).length;
    const damaged = [
      { update: new Uint8Array([200, 1, 2, 3]), upToSeq: Number.MAX_SAFE_INTEGER },
      { update: valid.update.slice(0, Math.floor(valid.update.length / 2)), upToSeq: good },
      { update: valid.update, upToSeq: 'all' },
      { update: 'not bytes', upToSeq: good },
    ];
    for (const broken of damaged) {
      await db.docCheckpoints.put({ docId, ...broken } as never);
      const reopened = (await createDocumentRegistry(db, manual).acquire(docId)).open;
      expect(plainText(reopened.doc)).toBe(text);
      expectSameState(reopened.doc, await docFromAllRows(db, docId));
      expect(await db.docCheckpoints.get(docId)).toBeUndefined();
      expect((await readRows(db, docId)).length).toBe(rows);
      expect(await db.docSideCopies.count()).toBe(0);
      expect(reopened.damagedRows).toBe(0);
    }
  });

  it('stays valid through compaction: the merged row keeps the highest seq of the rows it replaces', async () => {
    const { db, docId, registry, open } = await typedMinutes(3);
    // Rows received from the server, below and above the checkpoint.
    const other = new Y.Doc({ gc: false });
    const received = async (text: string) => {
      const before = Y.encodeStateVector(other);
      other.getText('server').insert(0, text);
      await appendRow(db, docId, Y.encodeStateAsUpdateV2(other, before), 0);
    };
    await received('một ');
    Y.applyUpdateV2(open.doc, Y.encodeStateAsUpdateV2(other), REMOTE_ORIGIN);
    await open.flushed();
    const upTo = await registry.checkpoint(docId);
    await received('hai ');
    await received('ba ');
    expect(await compactSent(db, docId)).toBeGreaterThan(0);
    const merged = (await readRows(db, docId)).filter((row) => row.unsent === 0);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.seq).toBeGreaterThan(upTo ?? Infinity);
    const reopened = (await createDocumentRegistry(db, manual).acquire(docId)).open;
    expectSameState(reopened.doc, await docFromAllRows(db, docId));
    expect(reopened.doc.getText('server').toString()).toBe('ba hai một ');
  });

  it('dropping the rows drops the checkpoint, and the doc open before writes none after', async () => {
    const { db, docId, registry, open } = await typedMinutes(10);
    expect(await registry.checkpoint(docId)).toBeGreaterThan(0);
    await dropDoc(db, docId);
    expect(await db.docCheckpoints.get(docId)).toBeUndefined();
    // What the server sends after the drop is a subset of the old local words (a refused edit set aside):
    // the old doc holds it, but must not write its words (the refused ones too) as the new checkpoint.
    await appendRow(db, docId, Y.encodeStateAsUpdateV2(open.doc), 0);
    typeAt(open.doc, 0, 'bị từ chối ');
    expect(await registry.checkpoint(docId)).toBeNull();
    expect(await db.docCheckpoints.get(docId)).toBeUndefined();
  });

  it('a long open writes one in the background, and so does every N updates while open', async () => {
    const { db } = createTestDb();
    const docId = documentId('notes', uuidv7(Date.now()));
    const policy: CheckpointPolicy = { openTail: 20, everyUpdates: 10, idleMs: 5, maxWaitMs: 50 };
    const first = await createDocumentRegistry(db, policy).acquire(docId);
    for (let n = 0; n < 9; n += 1) first.open.doc.getText('t').insert(0, `${n}`);
    await first.open.flushed();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await db.docCheckpoints.count()).toBe(0);
    for (let n = 0; n < 30; n += 1) first.open.doc.getText('t').insert(0, `${n}`);
    await first.open.flushed();
    await expect.poll(async () => (await db.docCheckpoints.get(docId))?.upToSeq).toBeGreaterThan(0);
    first.release();
    await db.docCheckpoints.clear();
    const again = await createDocumentRegistry(db, policy).acquire(docId);
    const last = (await readRows(db, docId)).at(-1)?.seq;
    await expect.poll(async () => (await db.docCheckpoints.get(docId))?.upToSeq).toBe(last);
    expect(again.open.doc.getText('t').toString()).toBe(first.open.doc.getText('t').toString());
  });
});
