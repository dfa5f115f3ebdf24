import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { createTestDb } from '../../test/test-db.ts';
import { openLocalDb } from './local-db.ts';
import { applyMigrations, migrations } from './migrations.ts';
import { createRecord, updateRecord, ValidationFailure } from './write.ts';

describe('poisoned text', () => {
  it('is refused by the write path with the field named, and nothing is queued', async () => {
    const { ctx, db } = createTestDb();
    const task = await createRecord(ctx, 'task', sampleRecords.task);
    const queued = await db.outbox.count();
    for (const bad of ['Báo cáo \u0000 quý I', 'Báo cáo \ud800 quý I', 'Báo cáo \u0007']) {
      const attempt = updateRecord(ctx, 'task', task.id, { description: bad });
      await expect(attempt).rejects.toThrow(ValidationFailure);
      await expect(attempt).rejects.toThrow(/Nội dung|Mô tả|description/i);
    }
    expect(await db.outbox.count()).toBe(queued);
    expect((await db.task.get(task.id))?.description).toBe(sampleRecords.task.description);
    // A real pair (an emoji) is text, and passes.
    await updateRecord(ctx, 'task', task.id, { description: 'Hoàn thành 👍' });
    expect((await db.task.get(task.id))?.description).toBe('Hoàn thành 👍');
  });

  it('already in an outbox on a machine in use is moved to the refused list when the app upgrades', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    // The app as released before the text rule: schema version 2, with a poisoned edit queued.
    const before = new Dexie('may-dang-dung', options);
    applyMigrations(
      before,
      migrations.filter((step) => step.version <= 2),
    );
    const task = {
      ...sampleRecords.task,
      title: 'Bản cũ',
      _deleted: 0,
      _clock: { title: '000001640000000-0000-aaaaaaaaaaaaaaaa' },
    };
    await before
      .table('task')
      .put({ ...task, title: 'Bản \u0000 mới', _clock: { title: '000001640000001-0000-aaaaaaaaaaaaaaaa' } });
    await before.table('history').add({
      entity: 'task',
      recordId: task.id,
      field: 'title',
      oldValue: 'Bản cũ',
      newValue: 'Bản \u0000 mới',
      hlc: '000001640000001-0000-aaaaaaaaaaaaaaaa',
      actorId: null,
      at: 1,
      origin: 'local',
    });
    const clean = { changeId: '0190f5a0-0000-7000-8000-0000000000c1', fields: { status: 'in_progress' } };
    await before.table('outbox').bulkAdd([
      {
        changeId: '0190f5a0-0000-7000-8000-0000000000c0',
        entity: 'task',
        recordId: task.id,
        spaceId: task.spaceId,
        hlc: '000001640000001-0000-aaaaaaaaaaaaaaaa',
        fields: { title: 'Bản \u0000 mới' },
        base: { title: '000001640000000-0000-aaaaaaaaaaaaaaaa' },
        createdAt: 1,
      },
      {
        ...clean,
        entity: 'task',
        recordId: task.id,
        spaceId: task.spaceId,
        hlc: '000001640000002-0000-aaaaaaaaaaaaaaaa',
        base: { status: null },
        createdAt: 2,
      },
    ]);
    before.close();

    const after = openLocalDb('may-dang-dung', options);
    await after.open();
    const outbox = await after.outbox.toArray();
    expect(outbox.map((entry) => entry.changeId)).toEqual([clean.changeId]);
    const [refused] = await after.rejected.toArray();
    expect(refused).toMatchObject({ code: 'invalid', fields: { title: 'Bản \u0000 mới' } });
    expect(refused?.message).toEqual({ key: 'unsafe_text', params: { field: 'title', kind: 'nul' } });
    expect(refused?.reason).toContain('NUL');
    const record = await after.task.get(task.id);
    expect(record?.title).toBe('Bản cũ');
    expect(record?._clock.title).toBe('000001640000000-0000-aaaaaaaaaaaaaaaa');
    after.close();
  });
});
