import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentUpdates } from '../db/schema.ts';
import { postgresOnly, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newMinutes, pushUpdates, syncDocument, textOf } from './document-client.ts';

/**
 * Two server instances on one PostgreSQL append to the same document at once: the document row's lock
 * makes them take turns, so seq is gap-free and the merged log holds every edit once.
 */
const [postgres] = postgresOnly;

describe.skipIf(!postgres)('documents on two instances on PostgreSQL (TEST_DATABASE_URL)', () => {
  let database: TestDatabase | undefined;
  let servers: TestServer[] = [];
  let token = '';
  const minutes = newMinutes();

  beforeAll(async () => {
    if (!postgres) throw new Error('skipped without TEST_DATABASE_URL');
    database = await postgres.create();
    servers = [await startTestServer(postgres, {}, database), await startTestServer(postgres, {}, database)];
    const [first] = servers;
    if (!first) throw new Error('no server');
    const user = await createTestUser(first, { grants: [{ spaceId: minutes.spaceId, role: 'write' }] });
    token = (await login(first, user)).accessToken;
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await database?.drop();
  });

  it('gives gap-free seq and one merged document', async () => {
    const clients = 6;
    const rounds = 5;
    const edits = Array.from({ length: clients }, (_, client) =>
      Array.from({ length: rounds }, (_, round) => `[c${client}r${round}]`),
    );
    const docs = edits.map(() => new Y.Doc());
    const answers = await Promise.all(
      docs.map(async (doc, client) => {
        const seqs: number[] = [];
        for (const [round, text] of (edits[client] ?? []).entries()) {
          const before = Y.encodeStateVector(doc);
          doc.getText('body').insert(doc.getText('body').length, text);
          const server = servers[(client + round) % servers.length] ?? servers[0];
          if (!server) throw new Error('no server');
          const update = Y.encodeStateAsUpdateV2(doc, before);
          const answer = await pushUpdates(server, token, minutes, { epoch: null, updates: [update] });
          expect(answer.status).toBe(200);
          seqs.push(Number(answer.body.seq));
        }
        return seqs;
      }),
    );
    const all = answers.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: clients * rounds }, (_, index) => index + 1));
    const [first] = servers;
    if (!first) throw new Error('no server');
    const rows = await first.database.orm
      .select({ seq: documentUpdates.seq })
      .from(documentUpdates)
      .where(eq(documentUpdates.docId, minutes.docId))
      .orderBy(asc(documentUpdates.seq));
    expect(rows.map((row) => row.seq)).toEqual(all);
    const answer = await syncDocument(servers[1] ?? first, token, minutes, { epoch: null });
    expect(answer.body.seq).toBe(clients * rounds);
    const text = textOf(String(answer.body.update));
    for (const edit of edits.flat()) expect(text.split(edit)).toHaveLength(2);
  });
});
