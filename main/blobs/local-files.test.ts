import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HandlerFailure } from '../ipc/handlers.ts';
import { realDiskIo, type DiskIo } from './disk-io.ts';
import { OPEN_COPY_PREFIX, type FileOpener } from './open-copy.ts';
import { fileBytes, filesUnder, stageFile, tempFolders, testFiles } from './test-kit.ts';

const SPACE = 'meeting:0190f5a0-0000-7000-8000-000000000009' as const;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An opener that only records what it was asked to open. */
function recordingOpener() {
  const opened: Array<{ path: string; name: string; data: Buffer }> = [];
  const opener: FileOpener = {
    async open(path, name) {
      opened.push({ path, name, data: await readFile(path) });
      return { opened: true };
    },
  };
  return { opener, opened };
}

async function setup(overrides: Parameters<typeof testFiles>[1] = {}) {
  const folders = await tempFolders();
  const recorder = recordingOpener();
  const files = testFiles(folders.profile, {
    tmpRoot: folders.tmpRoot,
    opener: recorder.opener,
    ...overrides,
  });
  cleanups.push(folders.cleanup, files.stop);
  return { ...folders, files, ...recorder, store: join(folders.profile, 'blobs') };
}

const failureOf = async (work: unknown) => {
  const error = await Promise.resolve(work).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HandlerFailure);
  return error as HandlerFailure;
};

/** Flips one byte of a stored blob, as a bad disk would. */
async function damage(store: string, sha256: string) {
  const path = join(store, sha256.slice(0, 2), sha256.slice(2));
  const bytes = await readFile(path);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  await writeFile(path, bytes);
}

describe('files: reading the local store', () => {
  it('reads a slice of a local file as base64', async () => {
    const { files } = await setup();
    const data = fileBytes(5_000);
    const { sha256 } = await stageFile(files, data, SPACE);
    const slice = await files.handlers['files.read']({ sha256, offset: 1_000, length: 100 });
    expect(slice).toEqual({ data: data.subarray(1_000, 1_100).toString('base64'), size: 5_000 });
    const tail = await files.handlers['files.read']({ sha256, offset: 4_990, length: 100 });
    expect(Buffer.from(tail.data, 'base64')).toEqual(data.subarray(4_990));
  });

  it('finds a damaged blob when reading it, deletes it and reports it remote, to be fetched again', async () => {
    const { files, store } = await setup();
    const { sha256 } = await stageFile(files, fileBytes(20_000), SPACE);
    // What the page sees before: local. A fresh service (a restart) has checked nothing yet.
    await files.stop();
    const again = testFiles(join(store, '..'));
    cleanups.push(again.stop);
    // Sent meanwhile: nothing of it is left to send from here.
    await again.queue.remove({ sha256, spaceId: SPACE });
    await damage(store, sha256);
    const failure = await failureOf(again.handlers['files.read']({ sha256, offset: 0, length: 10 }));
    expect(failure.code).toBe('not_found');
    expect(failure.message).toContain('bị hỏng');
    expect(again.log.states(sha256).at(-1)).toEqual({ state: 'remote', sha256 });
    expect(await again.handlers['files.states']({ sha256s: [sha256] })).toEqual({
      states: [{ state: 'remote', sha256 }],
    });
    expect(await filesUnder(store)).not.toContain(`${sha256.slice(0, 2)}/${sha256.slice(2)}`);
  });

  it('does not trust a checked blob once it changes on disk', async () => {
    const { files, store } = await setup();
    const { sha256 } = await stageFile(files, fileBytes(20_000), SPACE);
    await files.handlers['files.read']({ sha256, offset: 0, length: 10 });
    await new Promise((resolve) => setTimeout(resolve, 15));
    await damage(store, sha256);
    expect((await failureOf(files.handlers['files.read']({ sha256, offset: 0, length: 10 }))).code).toBe(
      'not_found',
    );
  });

  it('counts the bytes of the given files and frees them, keeping those not yet sent', async () => {
    const { files } = await setup();
    const a = await stageFile(files, fileBytes(3_000, 1), SPACE);
    const b = await stageFile(files, fileBytes(4_000, 2), SPACE);
    const missing = 'f'.repeat(64);
    expect(await files.handlers['files.usage']({ sha256s: [a.sha256, b.sha256, a.sha256, missing] })).toEqual(
      {
        bytes: 7_000,
      },
    );
    // Both wait to be sent: their copies here are the only ones.
    expect(await files.handlers['files.free']({ sha256s: [a.sha256, b.sha256] })).toEqual({ freed: 0 });
    await files.queue.remove({ sha256: a.sha256, spaceId: SPACE });
    expect(await files.handlers['files.free']({ sha256s: [a.sha256, b.sha256, missing] })).toEqual({
      freed: 3_000,
    });
    expect(files.log.states(a.sha256).at(-1)).toEqual({ state: 'remote', sha256: a.sha256 });
    expect(await files.handlers['files.usage']({ sha256s: [a.sha256, b.sha256] })).toEqual({ bytes: 4_000 });
  });
});

describe('files: opening a copy', () => {
  it('opens a fresh copy under a safe name, never the store’s file', async () => {
    const { files, opened, tmpRoot, store } = await setup();
    const data = fileBytes(10_000);
    const { sha256 } = await stageFile(files, data, SPACE);
    const answer = await files.handlers['files.open']({
      sha256,
      name: 'Dự thảo Báo cáo chính trị (lần 3).docx',
    });
    expect(answer).toEqual({ opened: true });
    const [copy] = opened;
    expect(copy?.name).toBe('Dự thảo Báo cáo chính trị (lần 3).docx');
    expect(copy?.data).toEqual(data);
    expect(relative(tmpRoot, dirname(copy?.path ?? ''))).toMatch(new RegExp(`^${OPEN_COPY_PREFIX}\\w+$`));
    expect(copy?.path.startsWith(store)).toBe(false);
  });

  it.each([
    ['../../x', 'x'],
    ['..', 'tep-dinh-kem'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['a\u0000b', 'ab'],
    ['/etc/passwd', 'passwd'],
    ['C:\\Windows\\system32\\evil.dll', 'evil.dll'],
    ['a/b/../../c.pdf', 'c.pdf'],
    ['..\\..\\..\\boot.ini', 'boot.ini'],
    ['   .hidden.  ', 'hidden'],
  ])('puts a file named %j only inside its temporary folder (as %j)', async (name, expected) => {
    const { files, opened, tmpRoot } = await setup();
    const data = fileBytes(1_000);
    const { sha256 } = await stageFile(files, data, SPACE);
    await files.handlers['files.open']({ sha256, name });
    const [copy] = opened;
    expect(basename(copy?.path ?? '')).toBe(expected);
    const folder = dirname(copy?.path ?? '');
    expect(dirname(folder)).toBe(tmpRoot);
    // Nothing anywhere under the temporary root but that one copy.
    expect(await filesUnder(tmpRoot)).toEqual([join(basename(folder), expected)]);
    expect(await readdir(dirname(tmpRoot))).toEqual(expect.arrayContaining(['profile', basename(tmpRoot)]));
    expect((await readdir(dirname(tmpRoot))).sort()).toEqual(['profile', basename(tmpRoot)].sort());
  });

  it('refuses to open a damaged blob, deletes it and leaves no copy', async () => {
    const { files, opened, tmpRoot, store } = await setup();
    const { sha256 } = await stageFile(files, fileBytes(5_000), SPACE);
    await files.queue.remove({ sha256, spaceId: SPACE });
    await damage(store, sha256);
    const failure = await failureOf(files.handlers['files.open']({ sha256, name: 'a.pdf' }));
    expect(failure.code).toBe('not_found');
    expect(opened).toEqual([]);
    expect(await filesUnder(tmpRoot)).toEqual([]);
    expect(files.log.states(sha256).at(-1)).toEqual({ state: 'remote', sha256 });
  });

  it('answers not here for a file never fetched', async () => {
    const { files } = await setup();
    const failure = await failureOf(files.handlers['files.open']({ sha256: 'a'.repeat(64), name: 'a.pdf' }));
    expect(failure).toMatchObject({
      code: 'not_found',
      message: 'Tệp chưa có trên máy này: hãy tải về trước.',
    });
  });

  it('removes the copy’s folder when the disk fills while copying', async () => {
    let full = false;
    const io: DiskIo = {
      write: async (handle, data) => {
        if (full) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        await realDiskIo.write(handle, data);
      },
      sync: realDiskIo.sync,
    };
    const { files, opened, tmpRoot } = await setup({ io });
    const { sha256 } = await stageFile(files, fileBytes(5_000), SPACE);
    full = true;
    const failure = await failureOf(files.handlers['files.open']({ sha256, name: 'a.pdf' }));
    expect(failure.message).toContain('Ổ đĩa của máy đã đầy');
    expect(opened).toEqual([]);
    expect(await readdir(tmpRoot)).toEqual([]);
  });
});
