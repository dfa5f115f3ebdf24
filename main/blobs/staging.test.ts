import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FILE_BYTES } from '../../shared/sync/blobs-api.ts';
import { HandlerFailure } from '../ipc/handlers.ts';
import { realDiskIo, type DiskIo } from './disk-io.ts';
import { fileBytes, filesUnder, sha256Of, stageFile, tempFolders, testFiles } from './test-kit.ts';

const SPACE = 'meeting:0190f5a0-0000-7000-8000-000000000009' as const;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(overrides: Parameters<typeof testFiles>[1] = {}) {
  const folders = await tempFolders();
  const files = testFiles(folders.profile, { tmpRoot: folders.tmpRoot, ...overrides });
  cleanups.push(folders.cleanup, files.stop);
  return { ...folders, files, store: join(folders.profile, 'blobs') };
}

/** The blobs in the store (not its temporary, partial or bookkeeping files). */
const storedBlobs = async (store: string) =>
  (await filesUnder(store)).filter((path) => /^[0-9a-f]{2}\/[0-9a-f]{62}$/.test(path));

const failureOf = async (work: unknown) => {
  const error = await Promise.resolve(work).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HandlerFailure);
  return error as HandlerFailure;
};

describe('files: staging from the page into the store', () => {
  it('appends slices in order and commits the file under its SHA-256, queued for its space', async () => {
    const { files, store } = await setup();
    const data = fileBytes(300_000);
    const committed = await stageFile(files, data, SPACE, 100_000);
    expect(committed).toEqual({ sha256: sha256Of(data), size: data.length });
    const sha = committed.sha256;
    expect(await storedBlobs(store)).toEqual([`${sha.slice(0, 2)}/${sha.slice(2)}`]);
    expect(await readFile(join(store, sha.slice(0, 2), sha.slice(2)))).toEqual(data);
    expect(await files.queue.list()).toMatchObject([{ sha256: sha, spaceId: SPACE, size: data.length }]);
    expect(await files.handlers['files.states']({ sha256s: [sha] })).toMatchObject({
      states: [{ state: 'local', sha256: sha, uploaded: false }],
    });
    expect(await filesUnder(join(store, 'tmp'))).toEqual([]);
  });

  it('answers the bytes received after each slice', async () => {
    const { files } = await setup();
    const data = fileBytes(10);
    const stage = files.handlers['files.stage'];
    expect(
      await stage({ transferId: 'transfer-a1', offset: 0, data: data.subarray(0, 4).toString('base64') }),
    ).toEqual({
      received: 4,
    });
    expect(
      await stage({ transferId: 'transfer-a1', offset: 4, data: data.subarray(4).toString('base64') }),
    ).toEqual({
      received: 10,
    });
  });

  it('refuses a slice out of order and keeps the transfer for the right one', async () => {
    const { files } = await setup();
    const data = fileBytes(30);
    const stage = files.handlers['files.stage'];
    const slice = (from: number, to: number) => data.subarray(from, to).toString('base64');
    await stage({ transferId: 'transfer-b1', offset: 0, data: slice(0, 10) });
    const skipped = await failureOf(stage({ transferId: 'transfer-b1', offset: 20, data: slice(20, 30) }));
    expect(skipped.code).toBe('conflict');
    expect(skipped.message).toContain('sai thứ tự');
    const repeated = await failureOf(stage({ transferId: 'transfer-b1', offset: 0, data: slice(0, 10) }));
    expect(repeated.code).toBe('conflict');
    await stage({ transferId: 'transfer-b1', offset: 10, data: slice(10, 20) });
    await stage({ transferId: 'transfer-b1', offset: 20, data: slice(20, 30) });
    const committed = await files.handlers['files.commit']({
      transferId: 'transfer-b1',
      size: 30,
      spaceId: SPACE,
    });
    expect(committed.sha256).toBe(sha256Of(data));
    // A transfer never begun cannot start in the middle.
    const orphan = await failureOf(stage({ transferId: 'transfer-b2', offset: 10, data: slice(0, 10) }));
    expect(orphan.code).toBe('not_found');
  });

  it('fails a commit whose size differs from the bytes received, leaving nothing behind', async () => {
    const { files, store } = await setup();
    await files.handlers['files.stage']({
      transferId: 'transfer-c1',
      offset: 0,
      data: fileBytes(20).toString('base64'),
    });
    const failure = await failureOf(
      files.handlers['files.commit']({ transferId: 'transfer-c1', size: 21, spaceId: SPACE }),
    );
    expect(failure.code).toBe('invalid_input');
    expect(await filesUnder(store)).toEqual([]);
    expect(await files.queue.list()).toEqual([]);
  });

  it('stores an identical file once, and queues it for each space it is attached in', async () => {
    const { files, store } = await setup();
    const data = fileBytes(50_000, 7);
    const other = 'programme:0190f5a0-0000-7000-8000-000000000001';
    const first = await stageFile(files, data, SPACE, 8_192);
    const path = join(store, first.sha256.slice(0, 2), first.sha256.slice(2));
    const { mtimeMs } = await import('node:fs/promises').then((fs) => fs.stat(path));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await stageFile(files, data, other, 30_000);
    expect(second).toEqual(first);
    expect(await storedBlobs(store)).toHaveLength(1);
    const after = await import('node:fs/promises').then((fs) => fs.stat(path));
    expect(after.mtimeMs).toBe(mtimeMs);
    expect((await files.queue.list()).map((entry) => entry.spaceId)).toEqual([SPACE, other]);
    expect(await filesUnder(join(store, 'tmp'))).toEqual([]);
  });

  it('takes an empty file without any slice', async () => {
    const { files } = await setup();
    const committed = await files.handlers['files.commit']({
      transferId: 'transfer-e1',
      size: 0,
      spaceId: SPACE,
    });
    expect(committed).toEqual({ sha256: sha256Of(Buffer.alloc(0)), size: 0 });
  });

  it('refuses a file over the limit with a clear message, at the slice that crosses it', async () => {
    const { files, store } = await setup({ maxFileBytes: 100 });
    const stage = files.handlers['files.stage'];
    await stage({ transferId: 'transfer-d1', offset: 0, data: fileBytes(60).toString('base64') });
    const failure = await failureOf(
      stage({ transferId: 'transfer-d1', offset: 60, data: fileBytes(60).toString('base64') }),
    );
    expect(failure.code).toBe('too_large');
    expect(failure.message).toBe('Tệp lớn hơn 0 MB, vượt giới hạn đính kèm.');
    expect(await filesUnder(store)).toEqual([]);
    const tooBig = await failureOf(
      files.handlers['files.commit']({ transferId: 'transfer-d2', size: 101, spaceId: SPACE }),
    );
    expect(tooBig.code).toBe('too_large');
  });

  it('uses the server contract’s default limit, 200 MB', async () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(200 * 1024 * 1024);
    const { files } = await setup();
    const failure = await failureOf(
      files.handlers['files.commit']({
        transferId: 'transfer-f1',
        size: DEFAULT_MAX_FILE_BYTES + 1,
        spaceId: SPACE,
      }),
    );
    expect(failure.message).toBe('Tệp lớn hơn 200 MB, vượt giới hạn đính kèm.');
  });

  it('drops the transfer idle longest when too many are open, and abandoned ones after a while', async () => {
    let clock = 1_000_000;
    const { files, store } = await setup({ now: () => clock });
    const stage = files.handlers['files.stage'];
    const one = fileBytes(5).toString('base64');
    for (let i = 0; i < 9; i += 1) {
      await stage({ transferId: `transfer-g${i}`, offset: 0, data: one });
      clock += 1;
    }
    // Eight at most: the first, idle longest, is gone.
    expect((await failureOf(stage({ transferId: 'transfer-g0', offset: 5, data: one }))).code).toBe(
      'not_found',
    );
    await stage({ transferId: 'transfer-g8', offset: 5, data: one });
    clock += 11 * 60_000;
    await stage({ transferId: 'transfer-h1', offset: 0, data: one });
    expect((await failureOf(stage({ transferId: 'transfer-g8', offset: 10, data: one }))).code).toBe(
      'not_found',
    );
    expect(await filesUnder(join(store, 'tmp'))).toHaveLength(1);
  });
});

describe('files: a full disk', () => {
  /** A disk that takes `room` bytes and then says ENOSPC. */
  const fillingDisk = (room: number): DiskIo => {
    let used = 0;
    return {
      async write(handle, data) {
        if (used + data.byteLength > room)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        used += data.byteLength;
        await realDiskIo.write(handle, data);
      },
      sync: realDiskIo.sync,
    };
  };

  it('fails staging with the Vietnamese message, removes the temporary file and stores nothing', async () => {
    const { files, store } = await setup({ io: fillingDisk(150_000) });
    const data = fileBytes(400_000);
    const failure = await failureOf(stageFile(files, data, SPACE, 100_000));
    expect(failure.code).toBe('unavailable');
    expect(failure.message).toBe(
      'Ổ đĩa của máy đã đầy: tệp chưa được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.',
    );
    expect(await filesUnder(store)).toEqual([]);
    expect(await files.queue.list()).toEqual([]);
  });

  it('fails on a full disk at the flush too, with nothing half-written', async () => {
    const io: DiskIo = {
      write: realDiskIo.write,
      sync: async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    const { files, store } = await setup({ io });
    const failure = await failureOf(stageFile(files, fileBytes(1_000), SPACE));
    expect(failure.message).toContain('Ổ đĩa của máy đã đầy');
    expect(await filesUnder(store)).toEqual([]);
  });
});
