import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { ensureSkeleton, MINUTES_FRAGMENT } from '../../../shared/documents/minutes-skeleton.ts';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { documentId, documentSpace } from '../../../shared/sync/documents-api.ts';
import { docFromAllRows, eraseAt, expectSameState, typeAt } from '../../test/doc-edits.ts';
import { setGrant } from '../../test/server-state.ts';
import { createTestClient } from '../../test/sync-clients.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { LocalDb } from '../db/local-db.ts';
import type { CheckpointPolicy } from './checkpoint-writer.ts';
import { appendRow, compactSent, markSent, readRows, unsentRows } from './doc-log.ts';
import { receive, syncDocument } from './document-sync.ts';
import { createDocumentRegistry, type DocumentRegistry, type OpenDocument } from './open-document.ts';

/**
 * Opening from a checkpoint against opening from every row, on the real log (Dexie over fake-indexeddb;
 * in the sync project because its node environment keeps Dexie's `update` from turning the rows' bytes of
 * jsdom's other realm into plain objects), and the unsent rows of a reopened copy against a real server.
 */
const servers = inject('syncServers');

/** No background writes: the test says when. */
const manual: CheckpointPolicy = { openTail: Infinity, everyUpdates: Infinity, idleMs: 0, maxWaitMs: 0 };
/** Background writes every few updates, at once: they land between appends in any order. */
const eager: CheckpointPolicy = { openTail: 2, everyUpdates: 3, idleMs: 0, maxWaitMs: 0 };

type Step =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'erase' | 'remote' | 'foreign'; at: number }
  | { kind: 'ack'; share: number }
  | { kind: 'compact' | 'checkpoint' | 'reload' };

const at = fc.nat(30);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('type' as const),
      at,
      text: fc.string({ minLength: 1, maxLength: 6 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constantFrom('erase' as const, 'remote' as const, 'foreign' as const),
      at,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('ack' as const),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('compact' as const, 'checkpoint' as const, 'reload' as const),
    }),
  },
);

interface Run {
  db: LocalDb;
  docId: string;
  policy: CheckpointPolicy;
  registry: DocumentRegistry;
  open: OpenDocument;
  release: () => void;
  /** Another office: what it writes arrives through the sync ('remote') or lands in the log unseen ('foreign'). */
  other: Y.Doc;
  localRows: number;
  acked: number;
}

/** The other office types, or deletes a character (a row whose news is a deletion). */
function otherEdits(doc: Y.Doc, at: number, kind: string): void {
  if (at % 3 === 0 && eraseAt(doc, at)) return;
  typeAt(doc, at, `«${kind} ${at}»`);
}

async function act(run: Run, next: Step): Promise<void> {
  const { db, docId } = run;
  // Typing is not awaited: appends, background checkpoints and the next steps interleave.
  if (next.kind === 'type') {
    typeAt(run.open.doc, next.at, next.text);
    run.localRows += 1;
  } else if (next.kind === 'erase') {
    if (eraseAt(run.open.doc, next.at)) run.localRows += 1;
  } else if (next.kind === 'remote') {
    // What the server answers: everything the open doc's state vector lacks.
    otherEdits(run.other, next.at, 'remote');
    await receive(db, docId, run.open, Y.encodeStateAsUpdateV2(run.other, Y.encodeStateVector(run.open.doc)));
  } else if (next.kind === 'foreign') {
    // A row the open doc never sees (another window; a sync that found the document closed).
    const before = Y.encodeStateVector(run.other);
    otherEdits(run.other, next.at, 'foreign');
    await appendRow(db, docId, Y.encodeStateAsUpdateV2(run.other, before), 0);
  } else if (next.kind === 'ack') {
    await run.open.flushed();
    const unsent = await unsentRows(db, docId);
    const seqs = unsent.slice(0, Math.round(unsent.length * next.share)).map((row) => row.seq);
    await markSent(db, seqs);
    run.acked += seqs.length;
  } else if (next.kind === 'compact') {
    await compactSent(db, docId);
  } else if (next.kind === 'checkpoint') {
    await run.registry.checkpoint(docId);
  } else {
    await run.open.flushed();
    run.release();
    run.registry = createDocumentRegistry(db, run.policy);
    ({ open: run.open, release: run.release } = await run.registry.acquire(docId));
  }
}

describe('opening from a checkpoint', () => {
  it.each([
    ['written when the test says', manual],
    ['written in the background between appends', eager],
  ])(
    'equals opening from every row, for random edits, syncs, foreign rows, compactions and reloads (%s)',
    async (_name, policy) => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
          const { db } = createTestDb();
          const docId = documentId('minutes', uuidv7(Date.now()));
          const registry = createDocumentRegistry(db, policy);
          const { open, release } = await registry.acquire(docId);
          const other = new Y.Doc({ gc: false });
          ensureSkeleton(other);
          const run: Run = { db, docId, policy, registry, open, release, other, localRows: 0, acked: 0 };
          for (const next of steps) await act(run, next);
          await run.open.flushed();
          await run.registry.checkpoint(docId);
          run.release();

          const rows = (await readRows(db, docId)).length;
          const reopened = (await createDocumentRegistry(db, manual).acquire(docId)).open;
          expectSameState(reopened.doc, await docFromAllRows(db, docId));
          // Opening changed nothing in the log, and no unsent row was lost or marked sent.
          expect((await readRows(db, docId)).length).toBe(rows);
          expect((await unsentRows(db, docId)).length).toBe(run.localRows - run.acked);
        }),
        { numRuns: Number(import.meta.env['PROPERTY_RUNS'] ?? 40) },
      );
    },
  );
});

/** A new paragraph at the end, as one edit. */
function addParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
}

describe.each(servers.map((server) => [server.backend, server] as const))(
  'a copy reopened from its checkpoint on %s',
  (_backend, server) => {
    const [userA, userB] = server.users;
    if (!userA || !userB) throw new Error('the sync suite needs two users');

    it('a refused write set aside takes the checkpoint with it: the words do not come back on reopening', async () => {
      const docId = documentId('minutes', uuidv7(Date.now()));
      const spaceId = documentSpace(docId) ?? '';
      await setGrant(server.controlUrl, 'grant', { username: userA.username, spaceId, role: 'write' });
      await setGrant(server.controlUrl, 'grant', { username: userB.username, spaceId, role: 'read' });
      const a = await createTestClient(server.url, userA, 'van-phong');
      const b = await createTestClient(server.url, userB, 'uy-vien');
      const registryA = createDocumentRegistry(a.db, manual);
      await registryA.acquire(docId);
      await syncDocument({ db: a.db, transport: a.documents, registry: registryA }, docId);
      const registryB = createDocumentRegistry(b.db, manual);
      const docB = (await registryB.acquire(docId)).open;
      await syncDocument({ db: b.db, transport: b.documents, registry: registryB }, docId);
      addParagraph(docB.doc, 'Ý kiến của người chỉ được xem.');
      expect(await registryB.checkpoint(docId)).toBeGreaterThan(0);

      const report = await syncDocument({ db: b.db, transport: b.documents, registry: registryB }, docId);
      expect(report.refetched).toBe(true);
      expect(await b.db.docCheckpoints.get(docId)).toBeUndefined();
      const reopened = (await createDocumentRegistry(b.db, manual).acquire(docId)).open;
      expect(plainText(reopened.doc)).not.toContain('Ý kiến của người chỉ được xem.');
      expect(plainText(reopened.doc)).toContain('BIÊN BẢN HỘI NGHỊ');
      expect((await b.db.docSideCopies.toArray()).map((copy) => copy.reason)).toEqual(['refused']);
    });

    it('still sends every unsent row: the other office gets all the words once', async () => {
      const docId = documentId('minutes', uuidv7(Date.now()));
      const spaceId = documentSpace(docId) ?? '';
      for (const user of [userA, userB]) {
        await setGrant(server.controlUrl, 'grant', { username: user.username, spaceId, role: 'write' });
      }
      const a = await createTestClient(server.url, userA, 'van-phong');
      const b = await createTestClient(server.url, userB, 'uy-vien');
      const first = createDocumentRegistry(a.db, manual);
      const typed = (await first.acquire(docId)).open;
      for (let n = 0; n < 40; n += 1) addParagraph(typed.doc, `Đoạn ${n}.`);
      expect(await first.checkpoint(docId)).toBeGreaterThan(0);
      const unsent = (await unsentRows(a.db, docId)).map((row) => row.seq);
      expect(unsent).toHaveLength(40);

      const registryA = createDocumentRegistry(a.db, manual);
      const reopened = (await registryA.acquire(docId)).open;
      addParagraph(reopened.doc, 'Sau khi mở lại.');
      await reopened.flushed();
      expect((await unsentRows(a.db, docId)).map((row) => row.seq).slice(0, 40)).toEqual(unsent);
      const report = await syncDocument({ db: a.db, transport: a.documents, registry: registryA }, docId);
      expect(report.pushedRows).toBe(41);
      expect(await unsentRows(a.db, docId)).toHaveLength(0);

      const registryB = createDocumentRegistry(b.db, manual);
      const docB = (await registryB.acquire(docId)).open;
      await syncDocument({ db: b.db, transport: b.documents, registry: registryB }, docId);
      const text = plainText(docB.doc);
      expect(text).toBe(plainText(reopened.doc));
      const lines = text.split('\n');
      for (let n = 0; n < 40; n += 1) expect(lines.filter((line) => line === `Đoạn ${n}.`)).toHaveLength(1);
      expect(lines.filter((line) => line === 'Sau khi mở lại.')).toHaveLength(1);
    });
  },
);
