import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_DOCUMENT_REQUEST_BYTES } from '../../shared/sync/documents-api.ts';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import {
  editedDoc,
  errorMessage,
  fromBase64,
  newMinutes,
  pushUpdates,
  syncDocument,
  textOf,
  type TestDocument,
} from './document-client.ts';
import { compactDocument } from './document-store.ts';

/** The documents API on a real server (PGlite, and PostgreSQL with TEST_DATABASE_URL). */
describe.each(backends)('documents (Yjs log) on $name', (backend) => {
  let server: TestServer;
  let writer = '';
  let reader = '';
  let outsider = '';
  const minutes: TestDocument = newMinutes();
  /** A second meeting's minutes the writer may write, which no test creates. */
  const spare: TestDocument = newMinutes();

  beforeAll(async () => {
    server = await startTestServer(backend);
    const grants = (role: 'read' | 'write') => [{ spaceId: minutes.spaceId, role }];
    const writes = [...grants('write'), { spaceId: spare.spaceId, role: 'write' as const }];
    writer = (await login(server, await createTestUser(server, { grants: writes }))).accessToken;
    reader = (await login(server, await createTestUser(server, { grants: grants('read') }))).accessToken;
    outsider = (await login(server, await createTestUser(server))).accessToken;
  });
  afterAll(() => server.stop());

  it('an unknown document syncs as empty and is not created', async () => {
    const answer = await syncDocument(server, writer, spare, { epoch: null });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ epoch: null, seq: 0 });
    expect(textOf(String(answer.body.update))).toBe('');
    const again = await syncDocument(server, writer, spare, { epoch: null });
    expect(again.body).toMatchObject({ epoch: null, seq: 0 });
  });

  it('merges two offline edits once, and gives a partial state vector only what it lacks', async () => {
    const base = editedDoc(null, 0, 'Biên bản. ');
    const first = await pushUpdates(server, writer, minutes, {
      epoch: null,
      updates: [Y.encodeStateAsUpdateV2(base)],
    });
    expect(first.status).toBe(200);
    const epoch = Number(first.body.epoch);
    expect(first.body.seq).toBe(1);
    const baseUpdate = Y.encodeStateAsUpdateV2(base);
    // Two clients edit the same base offline, each in its own Y.Doc.
    const a = editedDoc(baseUpdate, 10, 'Ý kiến A.');
    const b = editedDoc(baseUpdate, 0, 'Mở đầu B. ');
    const onlyA = Y.encodeStateAsUpdateV2(a, Y.encodeStateVector(base));
    const onlyB = Y.encodeStateAsUpdateV2(b, Y.encodeStateVector(base));
    const [pushA, pushB] = await Promise.all([
      pushUpdates(server, writer, minutes, { epoch, updates: [onlyA], clientId: 'client-a' }),
      pushUpdates(server, writer, minutes, { epoch, updates: [onlyB, baseUpdate], clientId: 'client-b' }),
    ]);
    expect([pushA.body.seq, pushB.body.seq].sort()).toEqual([2, 3]);

    const full = await syncDocument(server, reader, minutes, { epoch: null });
    expect(full.status).toBe(200);
    expect(full.body).toMatchObject({ epoch, seq: 3 });
    const expected = new Y.Doc();
    Y.applyUpdateV2(expected, Y.encodeStateAsUpdateV2(a));
    Y.applyUpdateV2(expected, Y.encodeStateAsUpdateV2(b));
    const text = textOf(String(full.body.update));
    expect(text).toBe(expected.getText('body').toString());
    expect(text.match(/Ý kiến A\./g)).toHaveLength(1);
    expect(text.match(/Mở đầu B\./g)).toHaveLength(1);
    expect(text.match(/Biên bản\./g)).toHaveLength(1);

    // Client A knows its own state: it is sent B's edit and nothing of its own.
    const partial = await syncDocument(server, writer, minutes, {
      epoch,
      stateVector: Y.encodeStateVector(a),
    });
    const lacked = fromBase64(String(partial.body.update));
    expect(lacked.byteLength).toBeLessThan(fromBase64(String(full.body.update)).byteLength);
    const decoded = Y.decodeUpdateV2(lacked);
    expect(decoded.structs.every((struct) => struct.id.client === b.clientID)).toBe(true);
    expect(textOf(String(partial.body.update), a)).toBe(text);
  });

  it('answers the same document after compaction, under the last merged seq', async () => {
    const before = await syncDocument(server, reader, minutes, { epoch: null });
    expect(await compactDocument(server.database, minutes.docId, Date.now(), 0)).toBe(3);
    const after = await syncDocument(server, reader, minutes, { epoch: null });
    expect(after.body.seq).toBe(3);
    expect(textOf(String(after.body.update))).toBe(textOf(String(before.body.update)));
    const epoch = Number(after.body.epoch);
    const more = editedDoc(fromBase64(String(after.body.update)), 0, 'Sau gộp. ');
    const next = await pushUpdates(server, writer, minutes, {
      epoch,
      updates: [Y.encodeStateAsUpdateV2(more)],
    });
    expect(next.body.seq).toBe(4);
    const last = await syncDocument(server, reader, minutes, { epoch });
    expect(textOf(String(last.body.update))).toBe(more.getText('body').toString());
  });

  it('refuses writes without the write grant and reads without any grant', async () => {
    const update = Y.encodeStateAsUpdateV2(editedDoc(null, 0, 'x'));
    const byReader = await pushUpdates(server, reader, minutes, { epoch: null, updates: [update] });
    expect(byReader.status).toBe(403);
    expect(byReader.body).toMatchObject({ error: { code: 'forbidden' } });
    expect(errorMessage(byReader)).toMatch(/không có quyền sửa/);
    expect((await syncDocument(server, outsider, minutes, { epoch: null })).status).toBe(403);
    expect((await pushUpdates(server, outsider, minutes, { epoch: null, updates: [update] })).status).toBe(
      403,
    );
  });

  it('answers a stale epoch with 409 and the current epoch', async () => {
    const { body } = await syncDocument(server, reader, minutes, { epoch: null });
    const epoch = Number(body.epoch);
    const stale = await syncDocument(server, reader, minutes, { epoch: epoch + 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'resync_required' }, epoch });
    const update = Y.encodeStateAsUpdateV2(editedDoc(null, 0, 'x'));
    const push = await pushUpdates(server, writer, minutes, { epoch: epoch + 1, updates: [update] });
    expect(push.status).toBe(409);
    expect(push.body.epoch).toBe(epoch);
    // An epoch for a document the server does not have: 409 with epoch null.
    const gone = await pushUpdates(server, writer, spare, { epoch: 5, updates: [update] });
    expect(gone.status).toBe(409);
    expect(gone.body.epoch).toBeNull();
    expect((await syncDocument(server, writer, spare, { epoch: null })).body).toMatchObject({ epoch: null });
  });

  it('refuses an oversized request, a damaged update and a foreign space in Vietnamese', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_REQUEST_BYTES / 2 + 1);
    const over = await pushUpdates(server, writer, minutes, { epoch: null, updates: [big, big] });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(errorMessage(over)).toMatch(/Lần gửi này quá lớn .* tối đa 2048 KiB/);
    const damaged = await pushUpdates(server, writer, minutes, {
      epoch: null,
      updates: [new Uint8Array([200, 1, 2, 3])],
    });
    expect(damaged.status).toBe(400);
    expect(errorMessage(damaged)).toMatch(/bị hỏng/);
    const other = newMinutes();
    const foreign = await syncDocument(
      server,
      writer,
      { ...minutes, spaceId: other.spaceId },
      { epoch: null },
    );
    expect(foreign.status).toBe(400);
    expect(errorMessage(foreign)).toMatch(/thuộc không gian/);
  });
});
