import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import {
  pagesOf,
  PULL_START,
  scriptedServer,
  serverDelete,
  snapshotTombstone,
} from '../../test/scripted-server.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import type { LocalDb } from '../db/local-db.ts';
import { MassDeletionPending } from './apply-pull.ts';
import { createSyncEngine } from './engine.ts';
import { loadSyncState } from './sync-state.ts';

/**
 * The mass-deletion stop counts over the whole pull and the whole snapshot, not page by page: 20 of 30
 * records deleted five or ten a page must still stop and ask, before the page that takes the total past
 * half, with the cursor kept there so nothing is skipped.
 */
async function thirtyWards() {
  const { db, ctx } = createTestDb();
  const units: StoredRecord<{ id: string }>[] = [];
  for (let i = 0; i < 30; i++) {
    const unit = await createRecord(ctx, 'unit', {
      ...sampleRecords.unit,
      id: undefined,
      kind: 'ward',
      name: `Tổ dân phố số ${i + 1}`,
      shortName: null,
    });
    units.push((await db.unit.get(unit.id)) as StoredRecord<{ id: string }>);
  }
  return { db, units };
}

const live = (db: LocalDb) => db.unit.where('_deleted').equals(0).count();

describe('mass-deletion stop', () => {
  it('counts deletions across the pages of one pull and stops before the page past half', async () => {
    const { db, units } = await thirtyWards();
    const deletions = units.slice(0, 20).map((unit) => serverDelete('unit', unit.id, 'directory'));
    const { transport } = scriptedServer({
      grants: ['directory'],
      pullPages: pagesOf(deletions, 5),
      snapshotPages: [[]],
    });
    const engine = createSyncEngine({ db, transport });
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(MassDeletionPending);
    // Pages 1–3 (15 deletions, exactly half) applied; page 4 would make 20 of 30.
    expect(await live(db)).toBe(15);
    expect((await loadSyncState(db)).cursor).toBe(PULL_START + 3);
    // Another round without the user's word stops at the same page.
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(MassDeletionPending);
    expect(await live(db)).toBe(15);
    await engine.syncOnce({ allowMassDeletion: true });
    expect(await live(db)).toBe(10);
    expect((await loadSyncState(db)).cursor).toBe(PULL_START + 4);
  });

  it('says how many of how many records the whole pull would delete', async () => {
    const { db, units } = await thirtyWards();
    const deletions = units.slice(0, 20).map((unit) => serverDelete('unit', unit.id, 'directory'));
    const { transport } = scriptedServer({
      grants: ['directory'],
      pullPages: pagesOf(deletions, 5),
      snapshotPages: [[]],
    });
    const error = await createSyncEngine({ db, transport })
      .syncOnce()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MassDeletionPending);
    expect(error).toMatchObject({ deletions: 20, liveRecords: 30 });
  });

  it('stops a re-snapshot whose tombstones would take more than half of the live records', async () => {
    const { db, units } = await thirtyWards();
    const tombstones = units.slice(0, 20).map((unit) => snapshotTombstone('unit', unit));
    const { transport } = scriptedServer({
      grants: ['directory'],
      pullPages: [],
      snapshotPages: pagesOf(tombstones, 10),
    });
    const engine = createSyncEngine({ db, transport });
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(MassDeletionPending);
    expect(await live(db)).toBe(20);
    expect((await loadSyncState(db)).snapshotAfter).toBe('1');
    await expect(engine.syncOnce()).rejects.toBeInstanceOf(MassDeletionPending);
    expect(await live(db)).toBe(20);
    await engine.syncOnce({ allowMassDeletion: true });
    expect(await live(db)).toBe(10);
    expect((await loadSyncState(db)).snapshotDone).toBe(true);
  });

  it('lets a pull with few deletions through, page after page', async () => {
    const { db, units } = await thirtyWards();
    const deletions = units.slice(0, 12).map((unit) => serverDelete('unit', unit.id, 'directory'));
    const { transport } = scriptedServer({
      grants: ['directory'],
      pullPages: pagesOf(deletions, 3),
      snapshotPages: [[]],
    });
    const engine = createSyncEngine({ db, transport });
    await engine.syncOnce();
    expect(await live(db)).toBe(18);
    // The next pull counts from the records it starts with, not from the last pull's.
    const more = units.slice(12, 20).map((unit) => serverDelete('unit', unit.id, 'directory'));
    const { transport: second } = scriptedServer({
      grants: ['directory'],
      pullPages: [[], [], [], [], ...pagesOf(more, 4)],
      snapshotPages: [[]],
    });
    await createSyncEngine({ db, transport: second }).syncOnce();
    expect(await live(db)).toBe(10);
  });
});
