import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meetingSpace, programmeSpace } from '../../shared/domain/space.ts';
import type { FileState } from '../../shared/ipc/files.ts';
import { uuidv7 } from '../../shared/ids/index.ts';
import { silentLogger } from '../log/logger.ts';
import { createSyncService } from '../server-link/sync-service.ts';
import { blobServerOf, type BlobServer } from './blob-server.ts';
import { realDiskIo, type DiskIo } from './disk-io.ts';
import { createFilesService } from './files-service.ts';
import { eventLog, fileBytes, filesUnder, sha256Of, stageFile, tempFolders } from './test-kit.ts';
import { startCountingProxy, startDistrict, type CountingProxy, type District } from './test-district.ts';

/**
 * main's transfers against the real district server on loopback, through a TCP proxy that counts what
 * goes up and down and cuts the line where a test says: uploads resume from the server's offset (also
 * after a restart of main), a file the server has is only linked, a cut download resumes with Range.
 */
const MEETING = meetingSpace(uuidv7(Date.now()));
const PROGRAMME = programmeSpace(uuidv7(Date.now() + 1));
const MB = 1024 * 1024;
const writer = { username: 'bode.tailieu', password: 'mat-khau-bode-2024', name: 'Phường Bồ Đề' };
const reader = { username: 'xem.tailieu', password: 'mat-khau-xem-2024', name: 'Cán bộ xem' };

let district: District;
let proxy: CountingProxy;
let folders: Awaited<ReturnType<typeof tempFolders>>;
const stops: Array<() => unknown> = [];

beforeAll(async () => {
  district = await startDistrict([
    {
      ...writer,
      grants: [
        { spaceId: MEETING, role: 'write' },
        { spaceId: PROGRAMME, role: 'write' },
      ],
    },
    { ...reader, grants: [{ spaceId: MEETING, role: 'read' }] },
  ]);
  proxy = await startCountingProxy(district.url);
  folders = await tempFolders();
}, 180_000);

// A test that failed mid-cut must not leave the next one offline.
beforeEach(() => proxy.goOnline());

afterAll(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
  await proxy?.close();
  await district?.stop();
  await folders?.cleanup();
});

/** One installation of the app: its profile, signed in through the proxy, with its files service. */
async function machine(
  profile: string,
  account: { username: string; password: string } | null,
  options: { tusRetryDelays?: number[]; server?: (real: BlobServer) => BlobServer; io?: DiskIo } = {},
) {
  const log = eventLog();
  const sync = createSyncService({ userDataDir: profile, emit: log.emit, log: silentLogger, now: Date.now });
  if (account) await sync.login({ serverUrl: proxy.url, ...account });
  const files = createFilesService({
    userDataDir: profile,
    server: (options.server ?? ((real) => real))(blobServerOf(sync)),
    emit: log.emit,
    log: silentLogger,
    opener: null,
    tusRetryDelays: options.tusRetryDelays ?? [],
    progressEveryMs: 0,
    ...(options.io ? { io: options.io } : {}),
    minRetryMs: 60_000,
  });
  const stop = async () => {
    await files.stop();
    sync.stop();
  };
  stops.push(stop);
  return { sync, files, log, stop, profile };
}

type Machine = Awaited<ReturnType<typeof machine>>;

/** Kicks the transfers until `done` holds (a server still closing a cut request answers 423 a moment). */
async function settle(m: Machine, done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    m.files.kick();
    await m.files.idle();
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`did not settle:\n${district.log().slice(-2_000)}`);
}

const uploaded = (m: Machine) => async () => (await m.files.queue.list()).length === 0;

/** The offsets the client's PATCH requests started at. */
const patchOffsets = () =>
  proxy.requests
    .filter((head) => head.startsWith('PATCH /blobs/uploads/'))
    .map((head) => Number(/upload-offset: (\d+)/i.exec(head)?.[1]));

describe('files against the district server', { timeout: 120_000 }, () => {
  let first: Machine;
  const data = fileBytes(8 * MB, 11);
  const sha256 = sha256Of(data);

  it('resumes an upload cut at about half from the server’s offset, sending about the other half', async () => {
    first = await machine(join(folders.base, 'first'), writer);
    proxy.reset();
    const cut = proxy.cutAfter('up', 4 * MB);
    const committed = await stageFile(first.files, data, MEETING, 512 * 1024);
    expect(committed).toEqual({ sha256, size: data.length });
    await cut;
    await first.files.idle();
    expect(await first.files.queue.list()).toHaveLength(1);
    const waiting = first.log.states(sha256).at(-1);
    expect(waiting).toMatchObject({ state: 'local', uploaded: false });
    expect((waiting as FileState & { message?: string }).message).toBeTruthy();
    expect(JSON.parse(await readFile(join(first.profile, 'blobs', 'tus-uploads.json'), 'utf8'))).not.toEqual(
      {},
    );

    proxy.goOnline();
    proxy.reset();
    await settle(first, uploaded(first));
    expect(proxy.requests.some((head) => head.startsWith('HEAD /blobs/uploads/'))).toBe(true);
    const [resumedAt] = patchOffsets();
    expect(resumedAt).toBeGreaterThan(3 * MB);
    expect(resumedAt).toBeLessThanOrEqual(4 * MB);
    // About the remaining half went up this time (plus request heads and small JSON calls).
    expect(proxy.up).toBeGreaterThanOrEqual(data.length - (resumedAt ?? 0));
    expect(proxy.up).toBeLessThan(data.length - (resumedAt ?? 0) + 64 * 1024);
    expect(proxy.up).toBeLessThan(0.6 * data.length);
    expect(first.log.states(sha256).at(-1)).toEqual({ state: 'local', sha256, uploaded: true });
    // Its address is forgotten once it is finished (tus-js-client removes it without waiting).
    const addresses = () =>
      readFile(join(first.profile, 'blobs', 'tus-uploads.json'), 'utf8').then(JSON.parse);
    await expect.poll(addresses).toEqual({});
  });

  it('sends no byte of a file the server already has: it only links it to the other space', async () => {
    proxy.reset();
    await stageFile(first.files, data, PROGRAMME, 512 * 1024);
    await settle(first, uploaded(first));
    expect(proxy.requests.map((head) => head.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['POST /blobs/check', 'POST /blobs/link']),
    );
    expect(proxy.requests.some((head) => /^(PATCH|POST \/blobs\/uploads)/.test(head))).toBe(false);
    expect(proxy.up).toBeLessThan(16 * 1024);

    // Another computer of the same official: the same, 0 bytes of content.
    const second = await machine(join(folders.base, 'second'), writer);
    proxy.reset();
    await stageFile(second.files, data, MEETING, 512 * 1024);
    await settle(second, uploaded(second));
    expect(proxy.requests.some((head) => head.startsWith('PATCH'))).toBe(false);
    expect(proxy.up).toBeLessThan(16 * 1024);
    await second.stop();
  });

  it('resumes an upload cut before a restart of main, from the server’s offset', async () => {
    const profile = join(folders.base, 'restart');
    const before = await machine(profile, writer);
    const other = fileBytes(6 * MB, 12);
    proxy.reset();
    const cut = proxy.cutAfter('up', 3 * MB);
    await stageFile(before.files, other, MEETING, 512 * 1024);
    await cut;
    await before.files.idle();
    await before.stop();

    // A new start: new store, queue and session instances on the same folder; no sign-in again.
    proxy.goOnline();
    const after = await machine(profile, null);
    expect(await after.files.queue.list()).toMatchObject([{ sha256: sha256Of(other), spaceId: MEETING }]);
    proxy.reset();
    await settle(after, uploaded(after));
    const [resumedAt] = patchOffsets();
    expect(resumedAt).toBeGreaterThan(2 * MB);
    expect(proxy.up).toBeLessThan(other.length - (resumedAt ?? 0) + 64 * 1024);
    expect(proxy.up).toBeLessThan(0.6 * other.length);
  });

  it('resumes a cut download with a Range request and stores it once its hash is right', async () => {
    const third = await machine(join(folders.base, 'third'), reader);
    const ref = { sha256, spaceId: MEETING, size: data.length };
    proxy.reset();
    const cut = proxy.cutAfter('down', 5 * MB);
    expect(await third.files.handlers['files.fetch']({ blobs: [ref] })).toEqual({ queued: 1 });
    await cut;
    await third.files.idle();
    const partial = join(third.profile, 'blobs', 'partial', sha256);
    const have = (await stat(partial)).size;
    expect(have).toBeGreaterThan(4 * MB);
    expect(have).toBeLessThan(data.length);
    expect(third.log.states(sha256).at(-1)).toMatchObject({ state: 'failed' });
    expect(third.log.states(sha256).some((s) => s.state === 'downloading' && s.received > 0)).toBe(true);

    proxy.goOnline();
    proxy.reset();
    await settle(third, async () => (await third.files.store.has(sha256)) === true);
    const get = proxy.requests.find((head) => head.startsWith(`GET /blobs/${sha256}`));
    expect(get).toMatch(new RegExp(`range: bytes=${have}-`, 'i'));
    expect(proxy.down).toBeLessThan(data.length - have + 64 * 1024);
    expect(third.log.states(sha256).at(-1)).toEqual({ state: 'local', sha256, uploaded: true });
    const stored = await readFile(third.files.store.pathOf(sha256));
    expect(sha256Of(stored)).toBe(sha256);
    await expect(stat(partial)).rejects.toThrow();
    await third.stop();
  });

  it('renews an access token the server refuses, for a download and for a tus upload', async () => {
    // The session on disk holds an access token the server does not know, though not expired by the clock.
    const profile = join(folders.base, 'renew');
    const signedIn = await machine(profile, reader);
    await signedIn.stop();
    const file = join(profile, 'session.bin');
    const session = JSON.parse(await readFile(file, 'utf8')) as { accessToken: string };
    await writeFile(
      file,
      JSON.stringify({ ...session, accessToken: `${session.accessToken.slice(0, -4)}AAAA` }),
    );
    const again = await machine(profile, null);
    proxy.reset();
    await again.files.handlers['files.fetch']({ blobs: [{ sha256, spaceId: MEETING, size: data.length }] });
    await settle(again, async () => (await again.files.store.has(sha256)) === true);
    const gets = proxy.requests.filter((head) => head.startsWith('GET /blobs/'));
    expect(gets).toHaveLength(2);
    expect(proxy.requests.some((head) => head.startsWith('POST /auth/refresh'))).toBe(true);
    await again.stop();

    // tus: the first token handed out is refused; the upload renews it and goes on.
    let handedOut = 0;
    const uploader = await machine(join(folders.base, 'renew-upload'), writer, {
      tusRetryDelays: [0],
      server: (real) => ({
        ...real,
        credentials: async (renew) => {
          const fresh = await real.credentials(renew);
          handedOut += 1;
          return handedOut === 1 ? { ...fresh, accessToken: 'v1.refused' } : fresh;
        },
      }),
    });
    proxy.reset();
    await stageFile(uploader.files, fileBytes(300_000, 13), MEETING);
    await settle(uploader, uploaded(uploader));
    const creations = proxy.requests.filter((head) => head.startsWith('POST /blobs/uploads'));
    expect(creations).toHaveLength(2);
    expect(creations[0]).toContain('Authorization: Bearer v1.refused');
    expect(creations[1]).not.toContain('v1.refused');
    await uploader.stop();
  });

  it('sends a file again from the start when the server got it damaged (460), and forgets that upload', async () => {
    const sender = await machine(join(folders.base, 'tampered'), writer);
    const other = fileBytes(2 * MB, 14);
    proxy.reset();
    proxy.flipUpAfter(1 * MB);
    await stageFile(sender.files, other, MEETING, 512 * 1024);
    await sender.files.idle();
    expect(await sender.files.queue.list()).toHaveLength(1);
    expect(sender.log.states(sha256Of(other)).at(-1)).toMatchObject({
      state: 'local',
      uploaded: false,
      message: 'Máy chủ quận nhận được tệp không khớp với tệp gốc trên máy: sẽ gửi lại từ đầu.',
    });
    const addresses = () =>
      readFile(join(sender.profile, 'blobs', 'tus-uploads.json'), 'utf8').then(JSON.parse);
    await expect.poll(addresses).toEqual({});
    proxy.reset();
    await settle(sender, uploaded(sender));
    expect(patchOffsets()).toEqual([0]);
    expect(proxy.up).toBeGreaterThan(other.length);
    await sender.stop();
  });

  it('fails a download on a full disk with the Vietnamese message, keeping neither a partial file nor a blob', async () => {
    let written = 0;
    const io: DiskIo = {
      async write(handle, bytes) {
        if (written + bytes.byteLength > 2 * MB)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        written += bytes.byteLength;
        await realDiskIo.write(handle, bytes);
      },
      sync: realDiskIo.sync,
    };
    const full = await machine(join(folders.base, 'full-disk'), reader, { io });
    await full.files.handlers['files.fetch']({ blobs: [{ sha256, spaceId: MEETING, size: data.length }] });
    await full.files.idle();
    expect(full.log.states(sha256).at(-1)).toEqual({
      state: 'failed',
      sha256,
      message: 'Ổ đĩa của máy đã đầy: tệp chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.',
    });
    expect(written).toBeGreaterThan(0);
    expect(await filesUnder(join(full.profile, 'blobs'))).toEqual([]);
    await full.stop();
  });

  it('reports a file the reader may not fetch as failed, with the reason', async () => {
    const fourth = await machine(join(folders.base, 'fourth'), reader);
    const ref = { sha256, spaceId: PROGRAMME, size: data.length };
    await fourth.files.handlers['files.fetch']({ blobs: [ref] });
    await fourth.files.idle();
    expect(fourth.log.states(sha256).at(-1)).toEqual({
      state: 'failed',
      sha256,
      message: 'Không có quyền với tệp trong không gian này.',
    });
    await fourth.stop();
  });
});
