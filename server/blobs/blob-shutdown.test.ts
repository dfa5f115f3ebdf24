import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresOnly, type TestDatabase } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestUser } from '../test/harness.ts';
import { newId } from '../test/records.ts';
import { blobSettings, createUpload, headUpload, sha256Of } from './blob-client.ts';

/**
 * A server stopped while an upload is in flight stops at once (the upload is cut, not waited for) and
 * keeps what it received: a server started on the same database answers that offset. PostgreSQL only,
 * since an in-memory PGlite does not outlive its server.
 */
const [postgres] = postgresOnly;

describe.skipIf(!postgres)('an upload in flight at shutdown (TEST_DATABASE_URL)', () => {
  let database: TestDatabase | undefined;
  let dir = '';
  let user: TestUser;
  const space = `meeting:${newId()}`;

  beforeAll(async () => {
    if (!postgres) throw new Error('skipped without TEST_DATABASE_URL');
    database = await postgres.create();
    dir = await mkdtemp(join(tmpdir(), 'committee-blob-shutdown-'));
  });
  afterAll(async () => {
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('is cut, and a new server resumes it from what arrived', async () => {
    if (!postgres || !database) return;
    const settings = { blobs: blobSettings({ kind: 'disk', dir }) };
    const first = await startTestServer(postgres, settings, database);
    user = await createTestUser(first, { grants: [{ spaceId: space, role: 'write' }] });
    const token = (await login(first, user)).accessToken;
    const bytes = randomBytes(3 * 1024 * 1024);
    const created = await createUpload(first, token, {
      spaceId: space,
      sha256: sha256Of(bytes),
      size: bytes.length,
    });
    const sent = 2 * 1024 * 1024 + 1000;
    const patch = request(`${first.url}${created.location}`, {
      method: 'PATCH',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${token}`,
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
        'content-length': String(bytes.length),
      },
    });
    patch.on('error', () => undefined);
    await new Promise<void>((resolve) => patch.write(bytes.subarray(0, sent), () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = Date.now();
    await first.stop();
    expect(Date.now() - started).toBeLessThan(5_000);

    const second = await startTestServer(postgres, settings, database);
    try {
      const again = (await login(second, user)).accessToken;
      const head = await headUpload(second, again, created.location);
      expect([head.status, head.offset]).toEqual([200, sent]);
    } finally {
      patch.destroy();
      await second.stop();
    }
  });
});
