import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { MINUTES_FRAGMENT } from '../../../shared/documents/minutes-skeleton.ts';
import { plainText } from '../../../shared/documents/plain-text.ts';
import { documentId, documentSpace } from '../../../shared/sync/documents-api.ts';
import { createTestClient, type TestClient } from '../../test/sync-clients.ts';
import { setGrant } from '../../test/server-state.ts';
import { TransportError } from '../sync-engine/transport.ts';
import { compactSent } from './doc-log.ts';
import type { DocumentTransport } from './document-transport.ts';
import { syncDocument } from './document-sync.ts';
import { createDocumentRegistry, type DocumentRegistry, type OpenDocument } from './open-document.ts';

/**
 * The real local log (Dexie, fake-indexeddb) and the real document sync against a real server: three
 * offices edit the same minutes in any order, sync (some answers lost on the way back), reload from their
 * rows (from a checkpoint written just before, one left from earlier, or none), and compact their sent
 * rows; at the end every copy and the server hold the same text, the skeleton once and every paragraph
 * exactly once, and nothing is left unsent. Runs: PROPERTY_RUNS (default 4).
 */
const servers = inject('syncServers');
const RUNS = Number(import.meta.env['PROPERTY_RUNS'] ?? 4);

type Action =
  | { kind: 'write'; office: number; at: number }
  | { kind: 'delete'; office: number; at: number }
  | { kind: 'sync'; office: number; loseAnswer: boolean }
  /** Reopens from a checkpoint written just now, from whatever checkpoint is there, or from every row. */
  | { kind: 'reload'; office: number; checkpoint: 'write' | 'keep' | 'drop' }
  | { kind: 'compact'; office: number };

const office = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('write' as const), office, at: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), office, at: fc.nat(40) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), office, loseAnswer: fc.boolean() }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('reload' as const),
      office,
      checkpoint: fc.constantFrom('write' as const, 'keep' as const, 'drop' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), office }) },
);

interface Office {
  client: TestClient;
  registry: DocumentRegistry;
  open: OpenDocument;
  release: () => void;
  /** Loses the next push's answer: the server stored the batch, this copy does not know. */
  loseNext: boolean;
}

function lossy(office: () => Office, inner: DocumentTransport): DocumentTransport {
  return {
    push: async (docId, epoch, update) => {
      const answer = await inner.push(docId, epoch, update);
      const current = office();
      if (current.loseNext) {
        current.loseNext = false;
        throw new TransportError('offline', 'answer lost');
      }
      return answer;
    },
    sync: (docId, epoch, vector) => inner.sync(docId, epoch, vector),
  };
}

/** A new paragraph at block `at` (mod length) with a text no one else writes. */
function write(doc: Y.Doc, at: number, text: string) {
  const fragment = doc.getXmlFragment(MINUTES_FRAGMENT);
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text);
  paragraph.insert(0, [content]);
  fragment.insert(at % (fragment.length + 1), [paragraph]);
}

describe.each(servers.map((server) => [server.backend, server] as const))(
  'documents property on %s',
  (_b, server) => {
    const [a, b, c] = server.users;
    if (!a || !b || !c) throw new Error('the sync suite needs three users');

    it('three offices converge: skeleton once, every paragraph once, nothing unsent', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
          const docId = documentId('minutes', uuidv7(Date.now()));
          const spaceId = documentSpace(docId) ?? '';
          const offices: Office[] = [];
          for (const [index, user] of [a, b, c].entries()) {
            await setGrant(server.controlUrl, 'grant', { username: user.username, spaceId, role: 'write' });
            const client = await createTestClient(server.url, user, `office-${index}`);
            const registry = createDocumentRegistry(client.db);
            const { open, release } = await registry.acquire(docId);
            offices.push({ client, registry, open, release, loseNext: false });
          }
          const contextOf = (n: number) => {
            const current = offices[n] as Office;
            const transport = lossy(() => offices[n] as Office, current.client.documents);
            return { db: current.client.db, transport, registry: current.registry };
          };
          const written: string[] = [];
          const deleted = new Set<string>();
          for (const [step, act] of actions.entries()) {
            const current = offices[act.office] as Office;
            if (act.kind === 'write') {
              const text = `Ý kiến số ${step} của văn phòng ${act.office}.`;
              written.push(text);
              write(current.open.doc, act.at, text);
            } else if (act.kind === 'delete') {
              const fragment = current.open.doc.getXmlFragment(MINUTES_FRAGMENT);
              const node = fragment.get(act.at % Math.max(1, fragment.length));
              // Only paragraphs this test wrote, so the skeleton stays countable.
              const text = node instanceof Y.XmlElement ? node.toString().replace(/<[^>]+>/g, '') : '';
              if (text.startsWith('Ý kiến số ')) {
                fragment.delete(act.at % fragment.length, 1);
                deleted.add(text);
              }
            } else if (act.kind === 'sync') {
              current.loseNext = act.loseAnswer;
              await syncDocument(contextOf(act.office), docId).catch((error: unknown) => {
                if (!(error instanceof TransportError && error.code === 'offline')) throw error;
              });
              current.loseNext = false;
            } else if (act.kind === 'reload') {
              await current.open.flushed();
              if (act.checkpoint === 'write') await current.registry.checkpoint(docId);
              if (act.checkpoint === 'drop') await current.client.db.docCheckpoints.delete(docId);
              current.release();
              current.registry = createDocumentRegistry(current.client.db);
              ({ open: current.open, release: current.release } = await current.registry.acquire(docId));
            } else {
              await current.open.flushed();
              await compactSent(current.client.db, docId);
            }
          }
          for (let round = 0; round < 2; round += 1) {
            for (const n of [0, 1, 2]) await syncDocument(contextOf(n), docId);
          }
          const texts = offices.map((o) => plainText(o.open.doc));
          expect(new Set(texts).size).toBe(1);
          const text = texts[0] ?? '';
          expect(text.split('BIÊN BẢN HỘI NGHỊ').length - 1).toBe(1);
          for (const paragraph of written) {
            expect(text.split(paragraph).length - 1).toBe(deleted.has(paragraph) ? 0 : 1);
          }
          for (const o of offices) {
            expect(await o.client.db.docUpdates.where('[docId+unsent]').equals([docId, 1]).count()).toBe(0);
            const reopened = (await createDocumentRegistry(o.client.db).acquire(docId)).open;
            expect(plainText(reopened.doc)).toBe(text);
          }
          const fresh = new Y.Doc();
          Y.applyUpdateV2(
            fresh,
            (await offices[0]?.client.documents.sync(docId, null, Y.encodeStateVector(fresh)))?.update ??
              new Uint8Array(),
          );
          // The skeleton goes with a writer's first batch: with nothing written, the server has nothing.
          expect(plainText(fresh)).toBe(written.length > 0 ? text : '');
        }),
        { numRuns: RUNS },
      );
    });
  },
);
