import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord } from '../db/write.ts';
import { recordLabel } from './record-label.ts';

describe('what a person calls a record', () => {
  it('names an indicator result by its indicator and period, a task by its title, nothing when gone', async () => {
    const { ctx, db } = createTestDb();
    await createRecord(ctx, 'indicator', sampleRecords.indicator);
    const period = await createRecord(ctx, 'indicatorPeriod', sampleRecords.indicatorPeriod);
    const task = await createRecord(ctx, 'task', sampleRecords.task);
    const { number, name } = sampleRecords.indicator;
    expect(await recordLabel(db, 'indicatorPeriod', period.id)).toBe(`${number}. ${name} — năm 2022`);
    expect(await recordLabel(db, 'task', task.id)).toBe(sampleRecords.task.title);
    expect(await recordLabel(db, 'meeting', sampleRecords.meeting.id)).toBeNull();
    expect(await recordLabel(db, 'nothing', task.id)).toBeNull();
  });
});
