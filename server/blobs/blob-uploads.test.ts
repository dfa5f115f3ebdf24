import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../test/records.ts';
import { blobSpaces, blobUploads, blobs } from '../db/schema.ts';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer, type TestUser } from '../test/harness.ts';
import {
  blobSettings,
  checkBlob,
  createUpload,
  download,
  FileUrlStorage,
  headUpload,
  patchUpload,
  sha256Of,
  startProxy,
  tusUpload,
} from './blob-client.ts';
import { createDiskBlobStore } from './disk-blob-store.ts';
import { appendChunk } from './upload-rows.ts';

/**
 * Resumable uploads on a real server (PGlite, and PostgreSQL with TEST_DATABASE_URL): tus-js-client, as
 * main uses it, cut midway by a TCP proxy and resumed from its URL storage as after a restart; raw tus
 * requests for the refusals.
 */
const MAX_FILE_BYTES = 6 * 1024 * 1024;

describe.each(backends)('blob uploads on $name', (backend) => {
  let server: TestServer;
  let dir = '';
  let writer = '';
  let writerUser: TestUser;
  let reader = '';
  let other = '';
  const space = `meeting:${newId()}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'committee-blob-uploads-'));
    const store = { kind: 'disk' as const, dir: join(dir, 'store') };
    server = await startTestServer(backend, {
      blobs: blobSettings(store, { maxFileBytes: MAX_FILE_BYTES, sweepIntervalMs: 200 }),
    });
    const grant = (role: 'read' | 'write') => ({ grants: [{ spaceId: space, role }] });
    writerUser = await createTestUser(server, grant('write'));
    writer = (await login(server, writerUser)).accessToken;
    reader = (await login(server, await createTestUser(server, grant('read')))).accessToken;
    other = (await login(server, await createTestUser(server, grant('write')))).accessToken;
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('tus-js-client: cut midway, resumed from its stored URL, sends only the rest', async () => {
    const bytes = randomBytes(4 * 1024 * 1024);
    const path = join(dir, 'to-bien-trinh.pdf');
    await writeFile(path, bytes);
    const sha256 = sha256Of(bytes);
    const urlStorage = new FileUrlStorage(join(dir, 'tus-urls.json'));
    const proxy = await startProxy(server);
    const options = {
      endpoint: `${proxy.url}/blobs/uploads`,
      headers: { authorization: `Bearer ${writer}` },
      metadata: { sha256, spaceId: space, size: String(bytes.length), filename: 'to-bien-trinh.pdf' },
      urlStorage,
      retryDelays: [],
    };
    proxy.state.cutAfter = 2 * 1024 * 1024;
    const first = tusUpload(createReadStream(path), options);
    first.upload.start();
    await expect(first.done).rejects.toThrow(/socket hang up|ECONNRESET/);

    const [previous] = await first.upload.findPreviousUploads();
    expect(previous?.uploadUrl).toMatch(/\/blobs\/uploads\/[0-9a-f]{32}$/);
    const location = new URL(previous?.uploadUrl ?? '').pathname;
    const { offset } = await headUpload(server, writer, location);
    expect(offset).toBeGreaterThan(1.5 * 1024 * 1024);
    expect(offset).toBeLessThan(2 * 1024 * 1024);

    // As after a restart of main: a new Upload finds the stored URL by the file's fingerprint.
    proxy.state.cutAfter = Number.POSITIVE_INFINITY;
    proxy.state.sent = 0;
    const second = tusUpload(createReadStream(path), options);
    const [stored] = await second.upload.findPreviousUploads();
    if (!stored) throw new Error('no stored upload');
    second.upload.resumeFromPreviousUpload(stored);
    second.upload.start();
    await second.done;
    await proxy.stop();
    const rest = bytes.length - offset;
    expect(proxy.state.sent).toBeGreaterThanOrEqual(rest);
    expect(proxy.state.sent).toBeLessThan(rest + 4096); // the HEAD and PATCH requests' headers

    const answer = await download(server, writer, sha256, space);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(bytes)).toBe(true);
    expect(await createDiskBlobStore(join(dir, 'store')).has(sha256)).toBe(true);
    expect((await checkBlob(server, reader, { spaceId: space, sha256, size: bytes.length })).body).toEqual({
      present: true,
    });
    // The finished upload answers "complete" to a HEAD, so a client that lost the last answer is done.
    const done = await headUpload(server, writer, location);
    expect([done.status, done.offset, done.length]).toEqual([200, bytes.length, bytes.length]);
  });

  it('bytes that do not hash to the announced sha256 are refused (460) and nothing is kept', async () => {
    const bytes = randomBytes(300_000);
    const claimed = sha256Of(randomBytes(300_000));
    const created = await createUpload(server, writer, {
      spaceId: space,
      sha256: claimed,
      size: bytes.length,
    });
    expect(created.status).toBe(201);
    const half = 150_000;
    expect((await patchUpload(server, writer, created.location, 0, bytes.subarray(0, half))).status).toBe(
      204,
    );
    const last = await patchUpload(server, writer, created.location, half, bytes.subarray(half));
    expect(last.status).toBe(460);
    expect(last.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(JSON.parse(last.body)).toMatchObject({ error: { code: 'blob_checksum_mismatch' } });
    expect(JSON.parse(last.body).error.message).toContain('không khớp');
    const uploadId = created.location.split('/').pop() ?? '';
    expect(
      await server.database.orm.select().from(blobUploads).where(eq(blobUploads.uploadId, uploadId)),
    ).toEqual([]);
    expect(await server.database.orm.select().from(blobs).where(eq(blobs.sha256, claimed))).toEqual([]);
    expect(await createDiskBlobStore(join(dir, 'store')).has(claimed)).toBe(false);
    expect((await headUpload(server, writer, created.location)).status).toBe(404);
  });

  it("naming another space's blob with other bytes of its size links nothing", async () => {
    const secretSpace = `meeting:${newId()}`;
    const owner = (
      await login(server, await createTestUser(server, { grants: [{ spaceId: secretSpace, role: 'write' }] }))
    ).accessToken;
    const secret = randomBytes(50_000);
    const ref = { spaceId: secretSpace, sha256: sha256Of(secret), size: secret.length };
    const upload = await createUpload(server, owner, ref);
    expect((await patchUpload(server, owner, upload.location, 0, secret)).status).toBe(204);

    const forged = await createUpload(server, writer, { ...ref, spaceId: space });
    expect(forged.status).toBe(201);
    expect((await patchUpload(server, writer, forged.location, 0, randomBytes(secret.length))).status).toBe(
      460,
    );
    const links = await server.database.orm
      .select()
      .from(blobSpaces)
      .where(eq(blobSpaces.sha256, ref.sha256));
    expect(links.map((link) => link.spaceId)).toEqual([secretSpace]);
    expect((await download(server, writer, ref.sha256, space)).status).toBe(404);
  });

  it('an upload over MAX_FILE_BYTES is refused at creation with 413 and a message', async () => {
    const size = MAX_FILE_BYTES + 1;
    const answer = await createUpload(server, writer, {
      spaceId: space,
      sha256: sha256Of(Buffer.from('x')),
      size,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'payload_too_large', message: 'Tệp quá lớn (7 MB): máy chủ chỉ nhận tệp tối đa 6 MB.' },
    });
  });

  it('creating needs write access to the space (403), a session (401) and metadata that agrees (400)', async () => {
    const ref = { spaceId: space, sha256: sha256Of(Buffer.from('a')), size: 1 };
    const refused = await createUpload(server, reader, ref);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.message).toBe(
      `Bạn chỉ có quyền xem, không có quyền đính kèm tài liệu vào không gian ${space}.`,
    );
    expect((await createUpload(server, 'not-a-token', ref)).status).toBe(401);
    const mismatch = await createUpload(server, writer, ref, { 'upload-length': '2' });
    expect(mismatch.status).toBe(400);
    expect(JSON.parse(mismatch.body).error.message).toContain('Upload-Length');
    const badHash = await createUpload(server, writer, { ...ref, sha256: 'abc' });
    expect(badHash.status).toBe(400);
    expect(JSON.parse(badHash.body).error.message).toContain('sha256');
  });

  it('an empty file, and a file sent with its creation (creation-with-upload), are finished at once', async () => {
    const empty = { spaceId: space, sha256: sha256Of(Buffer.alloc(0)), size: 0 };
    expect((await createUpload(server, writer, empty)).status).toBe(201);
    expect((await checkBlob(server, writer, empty)).body).toEqual({ present: true });
    const bytes = randomBytes(10_000);
    const ref = { spaceId: space, sha256: sha256Of(bytes), size: bytes.length };
    const created = await createUpload(
      server,
      writer,
      ref,
      {
        'content-type': 'application/offset+octet-stream',
      },
      bytes,
    );
    expect([created.status, created.headers.get('upload-offset')]).toEqual([201, String(bytes.length)]);
    expect((await download(server, writer, ref.sha256, space)).bytes.equals(bytes)).toBe(true);
  });

  it('metadata with a NUL or a control character is refused before anything is stored', async () => {
    const ref = {
      spaceId: space,
      sha256: sha256Of(Buffer.from('b')),
      size: 1,
      filename: 'bien\u0000ban.pdf',
    };
    const answer = await createUpload(server, writer, ref);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toContain('filename');
  });

  it("only the account that created an upload may continue it; a reader's PATCH is refused", async () => {
    const bytes = randomBytes(1000);
    const created = await createUpload(server, writer, {
      spaceId: space,
      sha256: sha256Of(bytes),
      size: 1000,
    });
    expect((await patchUpload(server, other, created.location, 0, bytes)).status).toBe(404);
    expect((await headUpload(server, reader, created.location)).status).toBe(404);
    expect((await headUpload(server, writer, created.location)).offset).toBe(0);
  });

  it('a complete upload a stopped server did not finish is finished on the next HEAD', async () => {
    const bytes = randomBytes(70_000);
    const sha256 = sha256Of(bytes);
    const created = await createUpload(server, writer, { spaceId: space, sha256, size: bytes.length });
    const uploadId = created.location.split('/').pop() ?? '';
    // The bytes arrived, then the server stopped before finishing: the chunk is there, no blob yet.
    expect(await appendChunk(server.database, uploadId, 0, bytes)).toBe(true);
    expect((await download(server, writer, sha256, space)).status).toBe(404);
    const head = await headUpload(server, writer, created.location);
    expect([head.status, head.offset, head.length]).toEqual([200, bytes.length, bytes.length]);
    expect((await download(server, writer, sha256, space)).bytes.equals(bytes)).toBe(true);
  });

  it('an unfinished upload expires after 24 hours', async () => {
    const bytes = randomBytes(2000);
    const created = await createUpload(server, writer, {
      spaceId: space,
      sha256: sha256Of(bytes),
      size: 2000,
    });
    expect((await patchUpload(server, writer, created.location, 0, bytes.subarray(0, 1000))).status).toBe(
      204,
    );
    expect(created.headers.get('upload-expires')).toMatch(/GMT$/);
    server.clock.offset = 25 * 60 * 60_000;
    try {
      const token = (await login(server, writerUser)).accessToken;
      // The sweep runs every sweepIntervalMs (here 200 ms) on the server's clock.
      await expect.poll(async () => (await headUpload(server, token, created.location)).status).toBe(404);
    } finally {
      server.clock.offset = 0;
    }
  });
});
