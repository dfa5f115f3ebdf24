import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { connectLive } from '../test/live-client.ts';
import { editedDoc, newMinutes, pushUpdates } from './document-client.ts';
import * as Y from 'yjs';

/** An append to a document's log is told on the live channel to readers of its space, and only to them. */
describe.each(backends)('document live notices on $name', (backend) => {
  let server: TestServer;
  let writer = '';
  let reader = '';
  let outsider = '';
  const minutes = newMinutes();

  beforeAll(async () => {
    server = await startTestServer(backend);
    const grant = (role: 'read' | 'write') => ({ grants: [{ spaceId: minutes.spaceId, role }] });
    writer = (await login(server, await createTestUser(server, grant('write')))).accessToken;
    reader = (await login(server, await createTestUser(server, grant('read')))).accessToken;
    outsider = (await login(server, await createTestUser(server))).accessToken;
  }, 60_000);
  afterAll(() => server.stop());

  it('tells a reader the document and the seq of the new row; an outsider hears nothing', async () => {
    const readerLive = await connectLive(server.url, reader);
    const outsiderLive = await connectLive(server.url, outsider);
    try {
      await readerLive.next();
      await outsiderLive.next();
      const update = Y.encodeStateAsUpdateV2(editedDoc(null, 0, 'Đồng chí Bí thư phát biểu khai mạc.'));
      const answer = await pushUpdates(server, writer, minutes, { epoch: null, updates: [update] });
      expect(answer.status).toBe(200);
      expect(await readerLive.nextDocument()).toEqual({ docId: minutes.docId, seq: answer.body['seq'] });
      await expect(outsiderLive.nextDocument(1_000)).rejects.toThrow('no live notice');
    } finally {
      readerLive.close();
      outsiderLive.close();
    }
  });
});
