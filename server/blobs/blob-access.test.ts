import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newId } from '../test/records.ts';
import {
  blobSettings,
  checkBlob,
  createUpload,
  download,
  linkBlob,
  patchUpload,
  sha256Of,
} from './blob-client.ts';

/**
 * Who learns of a blob and reads it (PGlite, and PostgreSQL with TEST_DATABASE_URL): only through a
 * space they read that holds it. A user of space X asking about a blob that is only in space Y hears
 * "not present", cannot link it and cannot download it; ranged downloads give exactly the bytes.
 */
describe.each(backends)('blob check, link and download on $name', (backend) => {
  let server: TestServer;
  let dir = '';
  const spaceX = `meeting:${newId()}`;
  const spaceY = `programme:${newId()}`;
  const bytes = randomBytes(200_000);
  const ref = { spaceId: spaceY, sha256: sha256Of(bytes), size: bytes.length };
  /** write on X only */
  let userX = '';
  /** write on Y */
  let userY = '';
  /** read on Y, write on X */
  let bridge = '';
  /** read on X only */
  let readerX = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'committee-blob-access-'));
    server = await startTestServer(backend, { blobs: blobSettings({ kind: 'disk', dir }) });
    const token = async (grants: Array<{ spaceId: string; role: 'read' | 'write' }>) =>
      (await login(server, await createTestUser(server, { grants }))).accessToken;
    userX = await token([{ spaceId: spaceX, role: 'write' }]);
    userY = await token([{ spaceId: spaceY, role: 'write' }]);
    bridge = await token([
      { spaceId: spaceY, role: 'read' },
      { spaceId: spaceX, role: 'write' },
    ]);
    readerX = await token([{ spaceId: spaceX, role: 'read' }]);
    const upload = await createUpload(server, userY, ref);
    expect((await patchUpload(server, userY, upload.location, 0, bytes)).status).toBe(204);
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('a user of space X asking about a blob only in space Y is told it is not present', async () => {
    const asked = await checkBlob(server, userX, { ...ref, spaceId: spaceX });
    expect([asked.status, asked.body]).toEqual([200, { present: false }]);
    // Asking in the space that holds it, without reading it, is refused outright.
    expect((await checkBlob(server, userX, ref)).status).toBe(403);
    expect((await checkBlob(server, userY, ref)).body).toEqual({ present: true });
    // The same hash with another size is another file.
    expect((await checkBlob(server, userY, { ...ref, size: ref.size + 1 })).body).toEqual({ present: false });
  });

  it('linking needs write on the target and read on a space that holds the blob', async () => {
    const refused = await linkBlob(server, userX, { ...ref, spaceId: spaceX });
    expect(refused.status).toBe(404);
    expect(refused.body.error?.message).toBe(`Máy chủ không có tệp này trong không gian ${spaceX}.`);
    expect((await download(server, userX, ref.sha256, spaceX)).status).toBe(404);
    expect((await download(server, userX, ref.sha256, spaceY)).status).toBe(403);
    expect((await linkBlob(server, readerX, { ...ref, spaceId: spaceX })).status).toBe(403);

    expect((await checkBlob(server, bridge, { ...ref, spaceId: spaceX })).body).toEqual({ present: true });
    const linked = await linkBlob(server, bridge, { ...ref, spaceId: spaceX });
    expect([linked.status, linked.body]).toEqual([200, { ...ref, spaceId: spaceX }]);
    expect((await linkBlob(server, bridge, { ...ref, spaceId: spaceX })).status).toBe(200);
    // Now X holds it: X's users see and read it there, and still not through Y.
    expect((await checkBlob(server, readerX, { ...ref, spaceId: spaceX })).body).toEqual({ present: true });
    const got = await download(server, readerX, ref.sha256, spaceX);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(bytes)).toBe(true);
    expect((await download(server, readerX, ref.sha256, spaceY)).status).toBe(403);
  });

  it('a range download returns exactly those bytes, with 206, Content-Range and the ETag', async () => {
    const whole = await download(server, userY, ref.sha256, spaceY);
    expect(whole.headers.get('etag')).toBe(`"${ref.sha256}"`);
    expect(whole.headers.get('content-length')).toBe(String(ref.size));
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const cases: Array<[string, number, number]> = [
      ['bytes=1000-1999', 1000, 1999],
      ['bytes=150000-', 150_000, ref.size - 1],
      ['bytes=-10', ref.size - 10, ref.size - 1],
      ['bytes=199990-300000', 199_990, ref.size - 1],
    ];
    for (const [range, start, end] of cases) {
      const part = await download(server, userY, ref.sha256, spaceY, { range });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes ${start}-${end}/${ref.size}`);
      expect(part.headers.get('content-length')).toBe(String(end - start + 1));
      expect(part.bytes.equals(bytes.subarray(start, end + 1))).toBe(true);
    }
    // If-Range with the ETag resumes; with anything else the whole file comes.
    const resumed = await download(server, userY, ref.sha256, spaceY, {
      range: 'bytes=100-',
      'if-range': `"${ref.sha256}"`,
    });
    expect(resumed.status).toBe(206);
    const other = await download(server, userY, ref.sha256, spaceY, {
      range: 'bytes=100-',
      'if-range': '"x"',
    });
    expect([other.status, other.bytes.length]).toEqual([200, ref.size]);
  });

  it('a range past the end or malformed is answered 416 with the size', async () => {
    for (const range of [`bytes=${ref.size}-`, 'bytes=500-100', 'bytes=abc', 'bytes=0-1,5-6', 'bytes=-0']) {
      const answer = await download(server, userY, ref.sha256, spaceY, { range });
      expect(answer.status, range).toBe(416);
      expect(answer.headers.get('content-range')).toBe(`bytes */${ref.size}`);
      expect(JSON.parse(answer.bytes.toString()).error.message).toContain('Range');
    }
  });

  it('a HEAD tells size and ETag without the bytes; a bad hash or space is a 400', async () => {
    const response = await fetch(`${server.url}/blobs/${ref.sha256}?spaceId=${spaceY}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${userY}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(ref.size));
    expect((await download(server, userY, 'ABC', spaceY)).status).toBe(400);
    expect((await download(server, userY, ref.sha256, 'nowhere')).status).toBe(400);
    expect((await checkBlob(server, userY, { ...ref, extra: 1 } as typeof ref)).status).toBe(400);
  });
});
