import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_DOCUMENT_BYTES } from '../../shared/sync/documents-api.ts';
import { documents, documentUpdates } from '../db/schema.ts';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import {
  errorMessage,
  fromBase64,
  newMinutes,
  pushUpdates,
  syncDocument,
  type TestDocument,
} from './document-client.ts';
import { COMPACT_AFTER_ROWS } from './document-store.ts';

/** Compaction through the route, and the per-document size limit (PGlite, and PostgreSQL when set). */
describe.each(backends)('document log limits on $name', (backend) => {
  let server: TestServer;
  let token = '';
  const compacted: TestDocument = newMinutes();
  const full: TestDocument = newMinutes();

  beforeAll(async () => {
    server = await startTestServer(backend);
    const grants = [compacted, full].map((doc) => ({ spaceId: doc.spaceId, role: 'write' as const }));
    token = (await login(server, await createTestUser(server, { grants }))).accessToken;
  });
  afterAll(() => server.stop());

  const built = (update: string) => {
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, fromBase64(update));
    return doc;
  };

  it(`merges the log into one row after ${COMPACT_AFTER_ROWS} rows, answering the same document`, async () => {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    let before = '';
    for (let index = 0; index <= COMPACT_AFTER_ROWS; index += 1) {
      if (index === COMPACT_AFTER_ROWS) {
        before = String((await syncDocument(server, token, compacted, { epoch: null })).body.update);
      }
      const vector = Y.encodeStateVector(doc);
      if (index % 3 === 2) text.delete(0, 2);
      else text.insert(text.length, `dòng ${index}; `);
      const update = Y.encodeStateAsUpdateV2(doc, vector);
      const answer = await pushUpdates(server, token, compacted, { epoch: null, updates: [update] });
      expect(answer.body.seq).toBe(index + 1);
    }
    const rows = await server.database.orm
      .select({ seq: documentUpdates.seq })
      .from(documentUpdates)
      .where(eq(documentUpdates.docId, compacted.docId));
    expect(rows).toEqual([{ seq: COMPACT_AFTER_ROWS + 1 }]);
    const [row] = await server.database.orm
      .select({ through: documents.compactedThrough })
      .from(documents)
      .where(eq(documents.docId, compacted.docId));
    expect(row?.through).toBe(COMPACT_AFTER_ROWS + 1);

    const after = await syncDocument(server, token, compacted, { epoch: null });
    expect(after.body.seq).toBe(COMPACT_AFTER_ROWS + 1);
    const rebuilt = built(String(after.body.update));
    expect(rebuilt.getText('body').toString()).toBe(text.toString());
    expect(Y.encodeStateVector(rebuilt)).toEqual(Y.encodeStateVector(doc));
    // The answer before the last append, plus that append, is the same document as the compacted answer.
    const earlier = built(before);
    Y.applyUpdateV2(earlier, Y.encodeStateAsUpdateV2(doc, Y.encodeStateVector(earlier)));
    expect(earlier.getText('body').toString()).toBe(rebuilt.getText('body').toString());
  });

  it('refuses an update that would take a document past 8 MiB, in Vietnamese', async () => {
    const doc = new Y.Doc();
    let stored = 0;
    let refused: { status: number; message: string; size: number } | null = null;
    for (let round = 0; round < 24 && !refused; round += 1) {
      const vector = Y.encodeStateVector(doc);
      doc.getText('body').insert(0, `${round}`.padEnd(480_000, 'x'));
      const update = Y.encodeStateAsUpdateV2(doc, vector);
      const answer = await pushUpdates(server, token, full, { epoch: null, updates: [update] });
      if (answer.status === 200) stored += update.byteLength;
      else {
        const message = errorMessage(answer);
        refused = { status: answer.status, message, size: update.byteLength };
      }
    }
    expect(refused?.status).toBe(413);
    expect(refused?.message).toMatch(/Văn bản đã đạt dung lượng tối đa trên máy chủ \(8 MiB\)/);
    expect(stored).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    expect(stored + (refused?.size ?? 0)).toBeGreaterThan(MAX_DOCUMENT_BYTES);
  });
});
