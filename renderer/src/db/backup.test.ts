import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/backup-file.ts';
import { compareHlc, formatHlc, MAX_STAMP_AHEAD_MS, parseHlc } from '../../../shared/hlc/index.ts';
import { createTestDb } from '../../test/test-db.ts';
import { loadSyncState, updateSyncState } from '../sync-engine/sync-state.ts';
import { exportBackup, ForeignBackupError, restoreBackup } from './backup.ts';
import { bindOwner, readOwner } from './copies.ts';
import type { LocalDb } from './local-db.ts';
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
    const source = createTestDb(Date.UTC(2022, 0, 1, 0, 3));
    const unit = await createRecord(source.ctx, 'unit', ward);
    const file = await exportBackup(source.db, 'p', Date.now());
    // Three minutes behind the backup: within the drift rule, so the stamps are kept as they are.
    const target = createTestDb(Date.UTC(2022, 0, 1));
    await restoreBackup(target.db, file, Date.UTC(2022, 0, 1));
    const restoredStamp = file.records.unit?.[0]?._clock as Record<string, string>;
    expect((await target.db.unit.get(unit.id))?._clock).toEqual(restoredStamp);
    await updateRecord(target.ctx, 'unit', unit.id, { name: 'Phường Ngọc Lâm' });
    const stored = await target.db.unit.get(unit.id);
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

const lan = {
  serverUrl: 'http://127.0.0.1:8787',
  userId: 'u-lan',
  username: 'nguyen.lan',
  displayName: 'Nguyễn Thị Lan',
};
const minh = {
  serverUrl: 'http://127.0.0.1:8787',
  userId: 'u-minh',
  username: 'tran.minh',
  displayName: 'Trần Văn Minh',
};

async function syncedAt(db: LocalDb, cursor: number) {
  await db.transaction('rw', db.meta, () =>
    updateSyncState(db, {
      cursor,
      snapshotDone: true,
      snapshotAfter: null,
      spaces: ['directory'],
      clockOffsetMs: 1_500,
      lastSyncAt: 42,
      userId: 'u-lan',
    }),
  );
}

describe('restoring a backup into a synced copy', () => {
  it('resets the sync position, so the changes pulled after the backup are fetched again', async () => {
    const copy = createTestDb();
    await createRecord(copy.ctx, 'unit', ward);
    await syncedAt(copy.db, 5);
    const file = await exportBackup(copy.db, 'p', Date.now());
    // After the backup a pull moved the cursor past change 7; the restore drops what it brought.
    await syncedAt(copy.db, 7);
    await restoreBackup(copy.db, file, Date.now());
    const state = await loadSyncState(copy.db);
    // Cursor 0 and a snapshot to do: the next round asks the server for everything, change 7 included.
    expect(state).toMatchObject({ cursor: 0, snapshotDone: false, snapshotAfter: null, spaces: [] });
    // What is about this machine, not about the data, is kept: the clock correction and the account.
    expect(state).toMatchObject({ clockOffsetMs: 1_500, lastSyncAt: 42, userId: 'u-lan' });
  });

  it('re-stamps stamps 6 days ahead to corrected time, in order, the same stamp the same everywhere', async () => {
    const now = Date.UTC(2024, 4, 2, 8, 0);
    const source = createTestDb(now + 6 * 24 * 3600_000);
    const unit = await createRecord(source.ctx, 'unit', ward);
    source.advance(1_000);
    await updateRecord(source.ctx, 'unit', unit.id, { shortName: 'P. Bồ Đề' });
    source.advance(1_000);
    await updateRecord(source.ctx, 'unit', unit.id, { name: 'Phường Bồ Đề (mới)' });
    const file = await exportBackup(source.db, 'p', Date.now());

    const target = createTestDb(now);
    await target.db.transaction('rw', target.db.meta, () =>
      updateSyncState(target.db, { clockOffsetMs: -60_000 }),
    );
    await restoreBackup(target.db, file, now);
    const correctedNow = now - 60_000;
    const within = (stamp: string) => parseHlc(stamp).wallMs - correctedNow <= MAX_STAMP_AHEAD_MS;

    const stored = await target.db.unit.get(unit.id);
    const outbox = await target.db.outbox.orderBy('seq').toArray();
    const history = await target.db.history.toArray();
    expect(Object.values(stored?._clock ?? {}).every(within)).toBe(true);
    expect(outbox.map((entry) => entry.hlc).every(within)).toBe(true);
    expect(history.map((entry) => entry.hlc).every(within)).toBe(true);
    // Increasing counters in outbox order: the order the edits were made is kept.
    const counters = outbox.map((entry) => parseHlc(entry.hlc).counter);
    expect(counters).toEqual([...counters].sort((a, b) => a - b));
    expect(new Set(counters).size).toBe(3);
    // The record's field and the outbox entry that wrote it still carry one stamp.
    expect(stored?._clock.name).toBe(outbox[2]?.hlc);
    expect(stored?._clock.shortName).toBe(outbox[1]?.hlc);
    // The clock was not dragged days ahead, and the next honest edit wins over every restored stamp.
    const clock = await target.db.meta.get('clock');
    expect(clock?.key === 'clock' && clock.value.wallMs - correctedNow <= MAX_STAMP_AHEAD_MS).toBe(true);
    await updateRecord(target.ctx, 'unit', unit.id, { name: 'Phường Bồ Đề' });
    const edited = await target.db.unit.get(unit.id);
    expect(compareHlc(edited?._clock.name ?? '', stored?._clock.name ?? '')).toBe(1);
    expect(parseHlc(edited?._clock.name ?? '').wallMs).toBeLessThan(now + MAX_STAMP_AHEAD_MS);
  });

  it('brings back a clock that an older restore left days ahead', async () => {
    const now = Date.UTC(2024, 4, 2);
    const target = createTestDb(now);
    const nodeId = 'ab'.repeat(8);
    await target.db.meta.put({
      key: 'clock',
      value: { wallMs: now + 30 * 24 * 3600_000, counter: 3, nodeId },
    });
    await restoreBackup(target.db, await exportBackup(createTestDb(now).db, 'p', now), now);
    expect(await target.db.meta.get('clock')).toEqual({
      key: 'clock',
      value: { wallMs: now, counter: 0, nodeId },
    });
  });

  it('refuses the backup of another account’s copy, and changes nothing', async () => {
    const other = createTestDb();
    await bindOwner(other.db, minh, 1);
    await createRecord(other.ctx, 'unit', { ...ward, name: 'Phường Thạch Bàn' });
    const file = await exportBackup(other.db, 'p', Date.now());
    expect(parseBackup(JSON.stringify(file))).toMatchObject({
      ok: true,
      backup: { owner: { userId: 'u-minh' } },
    });

    const copy = createTestDb();
    await bindOwner(copy.db, lan, 1);
    await createRecord(copy.ctx, 'unit', ward);
    await syncedAt(copy.db, 9);
    const before = { units: await copy.db.unit.toArray(), outbox: await copy.db.outbox.toArray() };
    const refused = restoreBackup(copy.db, file, Date.now());
    await expect(refused).rejects.toBeInstanceOf(ForeignBackupError);
    await expect(refused).rejects.toMatchObject({
      backupOwner: { username: 'tran.minh' },
      copyOwner: { username: 'nguyen.lan' },
    });
    expect({ units: await copy.db.unit.toArray(), outbox: await copy.db.outbox.toArray() }).toEqual(before);
    expect((await loadSyncState(copy.db)).cursor).toBe(9);
    expect(await readOwner(copy.db)).toMatchObject({ userId: 'u-lan' });
  });

  it('takes the same account’s backup, an owner-less one, and binds an unowned copy to the backup’s owner', async () => {
    const mine = createTestDb();
    await bindOwner(mine.db, { ...lan, serverUrl: 'http://127.0.0.1:8787/' }, 1);
    await createRecord(mine.ctx, 'unit', ward);
    const file = await exportBackup(mine.db, 'p', Date.now());

    const copy = createTestDb();
    await bindOwner(copy.db, lan, 1);
    expect(await restoreBackup(copy.db, file, Date.now())).toBe(1);
    const { owner: _owner, ...ownerless } = file;
    expect(await restoreBackup(copy.db, ownerless, Date.now())).toBe(1);

    const unowned = createTestDb();
    await restoreBackup(unowned.db, file, Date.now());
    expect(await readOwner(unowned.db)).toMatchObject({ userId: 'u-lan', username: 'nguyen.lan' });
  });
});
