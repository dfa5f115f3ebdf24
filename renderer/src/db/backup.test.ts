import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/backup-file.ts';
import { compareHlc, formatHlc } from '../../../shared/hlc/index.ts';
import { createTestDb } from '../../test/test-db.ts';
import { exportBackup, restoreBackup } from './backup.ts';
import { createRecord, updateRecord } from './write.ts';

const ward = {
  spaceId: 'directory',
  kind: 'ward',
  parentId: null,
  name: 'Phường Gia Thụy',
  shortName: 'Gia Thụy',
} as const;

describe('backup of the working copy', () => {
  it('round-trips records, outbox and history through the file format main validates', async () => {
    const source = createTestDb();
    const unit = await createRecord(source.ctx, 'unit', ward);
    await updateRecord(source.ctx, 'unit', unit.id, { shortName: 'P. Gia Thụy' });
    const file = await exportBackup(source.db, 'profile-a', Date.now());

    const checked = parseBackup(JSON.stringify(file));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;

    const target = createTestDb();
    await createRecord(target.ctx, 'unit', { ...ward, name: 'Phường Thạch Bàn' });
    const restored = await restoreBackup(target.db, checked.backup, Date.now());
    expect(restored).toBe(1);
    expect(await target.db.unit.toArray()).toEqual(await source.db.unit.toArray());
    expect((await target.db.outbox.toArray()).map((o) => o.changeId)).toEqual(
      (await source.db.outbox.toArray()).map((o) => o.changeId),
    );
    expect(await target.db.history.count()).toBe(await source.db.history.count());
  });

  it('moves the clock past the backup, so the next edit wins over everything restored', async () => {
    const source = createTestDb(Date.UTC(2030, 0, 1));
    const unit = await createRecord(source.ctx, 'unit', ward);
    const file = await exportBackup(source.db, 'p', Date.now());
    const target = createTestDb(Date.UTC(2022, 0, 1));
    await restoreBackup(target.db, file, Date.UTC(2022, 0, 1));
    await updateRecord(target.ctx, 'unit', unit.id, { name: 'Phường Ngọc Lâm' });
    const stored = await target.db.unit.get(unit.id);
    const restoredStamp = file.records.unit?.[0]?._clock as Record<string, string>;
    expect(compareHlc(stored?._clock.name ?? '', restoredStamp.name ?? '')).toBe(1);
  });

  it('leaves the working copy untouched when a restore fails midway', async () => {
    const target = createTestDb();
    await createRecord(target.ctx, 'unit', ward);
    const before = await target.db.unit.toArray();
    const source = createTestDb();
    await createRecord(source.ctx, 'unit', { ...ward, name: 'Phường Cự Khối' });
    const file = await exportBackup(source.db, 'p', Date.now());
    // Two outbox entries with one change id break the unique index halfway through the restore.
    const first = file.outbox[0];
    if (!first) throw new Error('no outbox entry');
    const broken = {
      ...file,
      outbox: [first, { ...first, hlc: formatHlc({ wallMs: 1, counter: 0, nodeId: 'a'.repeat(16) }) }],
    };
    await expect(restoreBackup(target.db, broken, Date.now())).rejects.toThrow();
    expect(await target.db.unit.toArray()).toEqual(before);
    expect(await target.db.outbox.count()).toBe(1);
  });
});
