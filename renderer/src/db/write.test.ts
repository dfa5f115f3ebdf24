import { describe, expect, it } from 'vitest';
import { compareHlc } from '../../../shared/hlc/index.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord, deleteRecord, RecordNotFound, updateRecord, ValidationFailure } from './write.ts';

const ward = {
  spaceId: 'directory',
  kind: 'ward',
  parentId: null,
  name: 'Phường Bồ Đề',
  shortName: 'Bồ Đề',
} as const;

describe('the write path', () => {
  it('writes the record, its outbox entry, its history and the clock together', async () => {
    const { db, ctx } = createTestDb();
    const unit = await createRecord(ctx, 'unit', ward);
    const stored = await db.unit.get(unit.id);
    expect(stored).toMatchObject({ ...ward, id: unit.id, _deleted: 0 });
    expect(Object.keys(stored?._clock ?? {}).sort()).toEqual(['kind', 'name', 'parentId', 'shortName']);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'unit',
      recordId: unit.id,
      spaceId: 'directory',
      fields: { name: 'Phường Bồ Đề' },
    });
    expect(outbox[0]?.hlc).toBe(stored?._clock.name);
    expect(await db.history.where('[entity+recordId]').equals(['unit', unit.id]).count()).toBe(4);
    expect(await db.meta.get('clock')).toBeDefined();
  });

  it('stores text in NFC whatever form it was typed in', async () => {
    const { ctx } = createTestDb();
    const unit = await createRecord(ctx, 'unit', { ...ward, name: 'Phường Đức Giang'.normalize('NFD') });
    expect(unit.name).toBe('Phường Đức Giang'.normalize('NFC'));
  });

  it('queues and logs only the fields that really change, each edit with a later stamp', async () => {
    const { db, ctx, advance } = createTestDb();
    const unit = await createRecord(ctx, 'unit', ward);
    advance(1000);
    await updateRecord(ctx, 'unit', unit.id, { name: 'Phường Bồ Đề', shortName: 'P. Bồ Đề' });
    const [created, updated] = await db.outbox.orderBy('seq').toArray();
    expect(updated?.fields).toEqual({ shortName: 'P. Bồ Đề' });
    expect(compareHlc(updated?.hlc ?? '', created?.hlc ?? '')).toBe(1);
    const shortNames = (await db.history.toArray()).filter((h) => h.field === 'shortName');
    expect(shortNames.map((h) => [h.oldValue, h.newValue])).toEqual([
      [null, 'Bồ Đề'],
      ['Bồ Đề', 'P. Bồ Đề'],
    ]);
    await updateRecord(ctx, 'unit', unit.id, { name: 'Phường Bồ Đề' });
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses bad input with readable Vietnamese issues and writes nothing', async () => {
    const { db, ctx } = createTestDb();
    const error = await createRecord(ctx, 'unit', { ...ward, name: '   ' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailure);
    expect((error as ValidationFailure).issues.join(' ')).toMatch(/Tên/);
    const unit = await createRecord(ctx, 'unit', ward);
    await expect(updateRecord(ctx, 'unit', unit.id, { kind: 'planet' } as never)).rejects.toBeInstanceOf(
      ValidationFailure,
    );
    await expect(
      updateRecord(ctx, 'unit', unit.id, { spaceId: 'meeting:x' } as never),
    ).rejects.toBeInstanceOf(ValidationFailure);
    expect(await db.outbox.count()).toBe(1);
  });

  it('leaves neither record nor outbox when the transaction fails midway', async () => {
    const { db, ctx } = createTestDb();
    const unit = await createRecord(ctx, 'unit', ward);
    const clockBefore = await db.meta.get('clock');
    const failOutbox = () => {
      throw new Error('disk full');
    };
    db.outbox.hook('creating', failOutbox);
    await expect(updateRecord(ctx, 'unit', unit.id, { name: 'Phường Long Biên' })).rejects.toThrow(
      'disk full',
    );
    await expect(createRecord(ctx, 'unit', { ...ward, name: 'Phường Thạch Bàn' })).rejects.toThrow(
      'disk full',
    );
    db.outbox.hook('creating').unsubscribe(failOutbox);
    expect((await db.unit.get(unit.id))?.name).toBe('Phường Bồ Đề');
    expect(await db.unit.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.history.count()).toBe(4);
    expect(await db.meta.get('clock')).toEqual(clockBefore);
  });

  it('deletes by tombstone, queued like any edit, and refuses edits of a deleted record', async () => {
    const { db, ctx } = createTestDb();
    const unit = await createRecord(ctx, 'unit', ward);
    await deleteRecord(ctx, 'unit', unit.id);
    const stored = await db.unit.get(unit.id);
    expect(stored?._deleted).toBe(1);
    expect(stored?._clock._deleted).toBeDefined();
    expect((await db.outbox.orderBy('seq').last())?.deleted).toBe(true);
    await expect(updateRecord(ctx, 'unit', unit.id, { name: 'X' })).rejects.toBeInstanceOf(RecordNotFound);
    await expect(deleteRecord(ctx, 'unit', unit.id)).rejects.toBeInstanceOf(RecordNotFound);
  });
});
