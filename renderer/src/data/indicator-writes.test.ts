import { describe, expect, it } from 'vitest';
import { programmeSpace } from '../../../shared/domain/space.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord, ValidationFailure } from '../db/write.ts';
import { addIndicators, writeFigures, type NewIndicator } from './indicator-writes.ts';

const poor: NewIndicator = {
  number: 1,
  name: 'Số hộ nghèo',
  unitOfMeasure: 'hộ',
  direction: 'decrease',
  baseline: 48,
  termTarget: 0,
  congressResolution: false,
  leadUnitId: null,
  note: '',
  periods: [
    { period: { year: 2021, kind: 'year' }, planned: 24, result: 11 },
    { period: { year: 2023, kind: 'h1' }, planned: null, result: null },
  ],
};

async function withProgramme() {
  const test = createTestDb();
  const id = '01900000-0000-7000-8000-000000000001';
  const programme = await createRecord(test.ctx, 'programme', {
    id,
    spaceId: programmeSpace(id),
    code: '02-CTr/QU',
    title: 'Nâng cao chất lượng cuộc sống người dân trên địa bàn quận Long Biên',
    termStart: 2020,
    termEnd: 2025,
    issuingBody: 'Quận ủy Long Biên',
    higherProgrammeCode: null,
    committee: [],
    standingAgencyUnitId: null,
  });
  return { ...test, programme };
}

describe('indicator writes', () => {
  it('adds indicators with their figures; a period without figures makes no record', async () => {
    const { db, ctx, programme } = await withProgramme();
    const [id] = await addIndicators(
      ctx,
      programme,
      [poor, { ...poor, number: 2, name: 'Tỷ lệ hộ cận nghèo' }],
      null,
    );
    expect(await db.indicator.count()).toBe(2);
    const figures = await db.indicatorPeriod.where({ indicatorId: id }).toArray();
    expect(figures.map((f) => [f.period, f.planned, f.result])).toEqual([
      [{ year: 2021, kind: 'year' }, 24, 11],
    ]);
  });

  it('adds all rows or none: a refused row undoes the rows before it', async () => {
    const { db, ctx, programme } = await withProgramme();
    const bad = { ...poor, number: 2, name: '   ' };
    await expect(addIndicators(ctx, programme, [poor, bad], null)).rejects.toBeInstanceOf(ValidationFailure);
    expect(await db.indicator.count()).toBe(0);
    expect(await db.indicatorPeriod.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1); // the programme only
  });

  it('updates the figures of a period that has them, and makes the record of one that has none', async () => {
    const { db, ctx, programme } = await withProgramme();
    const [id = ''] = await addIndicators(ctx, programme, [poor], null);
    const existing = await db.indicatorPeriod.where({ indicatorId: id }).toArray();
    const write = (year: number, result: number) =>
      writeFigures(ctx, {
        indicatorId: id,
        programmeId: programme.id,
        period: { year, kind: 'year' },
        existing,
        enteredBy: null,
        patch: { result },
      });
    const updated = await write(2021, 10);
    expect(updated.id).toBe(existing[0]?.id);
    expect(updated).toMatchObject({ planned: 24, result: 10 });
    const created = await write(2022, 0);
    expect(created).toMatchObject({ period: { year: 2022, kind: 'year' }, planned: null, result: 0 });
    expect(await db.indicatorPeriod.count()).toBe(2);
    const history = await db.history.where('recordId').equals(updated.id).toArray();
    expect(history.some((h) => h.field === 'result' && h.oldValue === 11 && h.newValue === 10)).toBe(true);
  });
});
