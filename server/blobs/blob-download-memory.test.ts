import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/sync/blobs-api.ts';
import { blobs } from '../db/schema.ts';
import { pglite } from '../test/backends.ts';
import { createTestUser, login, startTestServer, type TestServer } from '../test/harness.ts';
import { newId } from '../test/records.ts';
import { blobSettings } from './blob-client.ts';
import { linkBlob } from './blob-links.ts';
import { createDiskBlobStore } from './disk-blob-store.ts';

/**
 * A file of MAX_FILE_BYTES (200 MB) is served as a stream: the process's memory stays flat while it is
 * downloaded whole and by range. Only the blob store and the route are under test (PGlite suffices).
 */
const SIZE = DEFAULT_MAX_FILE_BYTES;
const PIECE = 1024 * 1024;

/** 200 MB that differ piece by piece, without holding them. */
function bigFile(): () => Readable {
  const seed = randomBytes(PIECE);
  return () =>
    Readable.from(
      (function* pieces() {
        for (let index = 0; index < SIZE / PIECE; index += 1) {
          const piece = Buffer.from(seed);
          piece.writeUInt32BE(index, 0);
          yield piece;
        }
      })(),
    );
}

async function hashOf(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

describe('downloading a 200 MB file', () => {
  let server: TestServer;
  let dir = '';
  let token = '';
  let sha256 = '';
  const space = `meeting:${newId()}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'committee-blob-memory-'));
    server = await startTestServer(pglite, { blobs: blobSettings({ kind: 'disk', dir }) });
    const open = bigFile();
    sha256 = await hashOf(open());
    expect(await createDiskBlobStore(dir).put(sha256, SIZE, open)).toBe('stored');
    await server.database.orm.insert(blobs).values({ sha256, size: SIZE, createdAt: Date.now() });
    await linkBlob(server.database.orm, { sha256, spaceId: space, userId: 'test' }, Date.now());
    token = (
      await login(server, await createTestUser(server, { grants: [{ spaceId: space, role: 'read' }] }))
    ).accessToken;
  }, 120_000);
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function fetchMeasured(headers: Record<string, string>) {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    try {
      const response = await fetch(`${server.url}/blobs/${sha256}?spaceId=${space}`, {
        headers: { authorization: `Bearer ${token}`, ...headers },
      });
      const hash = createHash('sha256');
      let received = 0;
      for await (const chunk of response.body ?? []) {
        hash.update(chunk);
        received += chunk.byteLength;
      }
      return { status: response.status, received, hash: hash.digest('hex'), growth: peak - before };
    } finally {
      clearInterval(sampler);
    }
  }

  it('streams it whole with flat memory', { timeout: 120_000 }, async () => {
    const whole = await fetchMeasured({});
    expect(whole.status).toBe(200);
    expect(whole.received).toBe(SIZE);
    expect(whole.hash).toBe(sha256);
    // Buffering the file would add 200 MB (twice over: the server's copy and the client's).
    expect(whole.growth).toBeLessThan(100 * 1024 * 1024);
  });

  it('streams the last 50 MB by range with flat memory', { timeout: 120_000 }, async () => {
    const start = SIZE - 50 * PIECE;
    const part = await fetchMeasured({ range: `bytes=${start}-` });
    expect(part.status).toBe(206);
    expect(part.received).toBe(50 * PIECE);
    expect(part.growth).toBeLessThan(100 * 1024 * 1024);
  });
});
