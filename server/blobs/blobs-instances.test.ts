import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobSpaces, blobs } from '../db/schema.ts';
import { postgresOnly, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newId } from '../test/records.ts';
import { blobSettings, createUpload, download, headUpload, patchUpload, sha256Of } from './blob-client.ts';
import { startTestS3, type TestS3 } from './s3rver-fixture.ts';
import { appendChunk } from './upload-rows.ts';

/**
 * Two server instances on one PostgreSQL and one S3 bucket (s3rver), as a district with several
 * instances behind a load balancer runs: an upload created on A goes on on B (its bytes are in the
 * database), the blob is read from either, and two instances writing or finishing one upload at once
 * never both succeed.
 */
const [postgres] = postgresOnly;

describe.skipIf(!postgres)('blobs on two instances on PostgreSQL (TEST_DATABASE_URL)', () => {
  let database: TestDatabase | undefined;
  let s3: TestS3 | undefined;
  let a: TestServer;
  let b: TestServer;
  let token = '';
  const space = `meeting:${newId()}`;

  beforeAll(async () => {
    if (!postgres) throw new Error('skipped without TEST_DATABASE_URL');
    database = await postgres.create();
    s3 = await startTestS3();
    const settings = { blobs: blobSettings(s3.config) };
    a = await startTestServer(postgres, settings, database);
    b = await startTestServer(postgres, settings, database);
    const user = await createTestUser(a, { grants: [{ spaceId: space, role: 'write' }] });
    token = (await login(a, user)).accessToken;
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.drop();
    await s3?.stop();
  });

  it('created on A, continued on B: the blob is readable from both', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const ref = { spaceId: space, sha256: sha256Of(bytes), size: bytes.length };
    const created = await createUpload(a, token, ref);
    expect(created.status).toBe(201);
    const half = Math.floor(bytes.length / 2);
    expect((await patchUpload(a, token, created.location, 0, bytes.subarray(0, half))).status).toBe(204);
    const there = await headUpload(b, token, created.location);
    expect([there.status, there.offset, there.length]).toEqual([200, half, bytes.length]);
    const rest = await patchUpload(b, token, created.location, half, bytes.subarray(half));
    expect(rest.status).toBe(204);
    for (const server of [a, b]) {
      const got = await download(server, token, ref.sha256, space);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(bytes)).toBe(true);
      const part = await download(server, token, ref.sha256, space, { range: 'bytes=1000000-1000009' });
      expect(part.bytes.equals(bytes.subarray(1_000_000, 1_000_010))).toBe(true);
    }
    expect((await headUpload(a, token, created.location)).offset).toBe(bytes.length);
  });

  it('the same bytes sent to A and B at once: one is taken, the other told to ask again (409)', async () => {
    const bytes = randomBytes(2 * 1024 * 1024 + 5);
    const ref = { spaceId: space, sha256: sha256Of(bytes), size: bytes.length };
    const created = await createUpload(a, token, ref);
    const third = Math.floor(bytes.length / 3);
    expect((await patchUpload(b, token, created.location, 0, bytes.subarray(0, third))).status).toBe(204);
    const answers = await Promise.all(
      [a, b].map((server) => patchUpload(server, token, created.location, third, bytes.subarray(third))),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 409]);
    const got = await download(b, token, ref.sha256, space);
    expect(got.bytes.equals(bytes)).toBe(true);
    const rows = await a.database.orm.select().from(blobSpaces).where(eq(blobSpaces.sha256, ref.sha256));
    expect(rows).toHaveLength(1);
  });

  it('a complete, unfinished upload asked about on both at once is finished once', async () => {
    const bytes = randomBytes(500_000);
    const ref = { spaceId: space, sha256: sha256Of(bytes), size: bytes.length };
    const created = await createUpload(b, token, ref);
    const uploadId = created.location.split('/').pop() ?? '';
    expect(await appendChunk(a.database, uploadId, 0, bytes)).toBe(true);
    const heads = await Promise.all(
      [a, b, a, b].map((server) => headUpload(server, token, created.location)),
    );
    expect(heads.map((head) => [head.status, head.offset])).toEqual(Array(4).fill([200, bytes.length]));
    const stored = await a.database.orm.select().from(blobs).where(eq(blobs.sha256, ref.sha256));
    expect(stored).toHaveLength(1);
    expect((await download(a, token, ref.sha256, space)).bytes.equals(bytes)).toBe(true);
  });
});
