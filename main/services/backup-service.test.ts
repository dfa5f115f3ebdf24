import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../shared/backup/backup-file.ts';
import { HandlerFailure } from '../ipc/handlers.ts';
import { createBackupService, type FileDialogs } from './backup-service.ts';

const ward = {
  id: '0190f5a0-0000-7000-8000-000000000001',
  spaceId: 'directory',
  kind: 'ward',
  parentId: null,
  name: 'Phường Bồ Đề',
  shortName: 'Bồ Đề',
  _clock: { name: '000001640000000-0000-aaaaaaaaaaaaaaaa' },
  _deleted: 0,
};

const backup = (records: Record<string, unknown[]> = { unit: [ward] }) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: 1,
    dbSchemaVersion: 1,
    profileId: 'p',
    records,
    outbox: [],
    history: [],
  });

async function setup(dialogs: FileDialogs | null = null) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'backup-'));
  const service = createBackupService({ userDataDir, dialogs, now: () => Date.UTC(2022, 0, 5) });
  return { userDataDir, service, folder: join(userDataDir, 'backups') };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as HandlerFailure,
  );

describe('backup service', () => {
  it('saves to the backups folder without dialogs, lists and reopens it', async () => {
    const { service, folder } = await setup();
    const saved = await service.save({ content: backup() });
    expect(saved).toMatchObject({ saved: true, path: join(folder, 'sao-luu-2022-01-05-00-00-00.json') });
    const list = await service.list();
    expect(list.files.map((f) => f.name)).toEqual(['sao-luu-2022-01-05-00-00-00.json']);
    const opened = await service.open({ name: 'sao-luu-2022-01-05-00-00-00.json' });
    expect(opened).toMatchObject({ opened: true, backup: { records: { unit: [{ name: 'Phường Bồ Đề' }] } } });
  });

  it('writes where the user picks, and does nothing when the dialog is cancelled', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'picked-')), 'ban-sao.json');
    const picks: Array<string | null> = [target, null];
    const dialogs: FileDialogs = {
      chooseSavePath: async () => picks.shift() ?? null,
      chooseOpenPath: async () => target,
    };
    const { service } = await setup(dialogs);
    await service.save({ content: backup() });
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ format: BACKUP_FORMAT });
    expect(await service.save({ content: backup() })).toEqual({ saved: false });
    expect(await service.open({})).toMatchObject({ opened: true, name: 'ban-sao.json' });
  });

  it.each([
    ['not JSON', 'PK\u0003\u0004 this is a zip', 'không phải bản sao lưu'],
    ['a foreign JSON file', JSON.stringify({ hello: 'world' }), 'không phải bản sao lưu'],
    ['a newer format', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 99 }), 'phiên bản mới hơn'],
    ['a record that breaks its schema', backup({ unit: [{ ...ward, name: '' }] }), 'Đơn vị thứ 1'],
    ['an unknown kind of record', backup({ spaceship: [ward] }), 'không được hỗ trợ'],
  ])('refuses %s with a clear reason', async (_label, content, reason) => {
    const { service, folder } = await setup();
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'x.json'), content);
    const error = await failure(service.open({ name: 'x.json' }));
    expect(error).toBeInstanceOf(HandlerFailure);
    expect(error?.code).toBe('invalid_input');
    expect(error?.message).toContain(reason);
  });

  it('says when the named backup does not exist', async () => {
    const { service } = await setup();
    expect((await failure(service.open({ name: 'khong-co.json' })))?.code).toBe('not_found');
  });
});
