import { describe, expect, it } from 'vitest';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { formatHlc } from '../../../shared/hlc/index.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { mergeChange } from '../../../shared/sync/merge.ts';
import type { PushResult } from '../../../shared/sync/protocol.ts';
import { createTestDb } from '../../test/test-db.ts';
import { createRecord, updateRecord } from '../db/write.ts';
import { pushOutbox } from './push-outbox.ts';
import { canRetry, discardRefused, retryRefused } from './refused-actions.ts';
import { TransportError, type SyncTransport } from './transport.ts';

const SERVER_STAMP = formatHlc({ wallMs: Date.UTC(2022, 0, 4), counter: 0, nodeId: '5e5e5e5e5e5e5e5e' });

/** A push-only transport whose answer per change the test decides. */
function answering(answer: (change: RecordChange) => PushResult | 'too_large'): {
  transport: SyncTransport;
  batches: number[];
} {
  const batches: number[] = [];
  const transport = {
    push: async (changes: RecordChange[]) => {
      batches.push(changes.length);
      const results = changes.map(answer);
      if (results.includes('too_large'))
        throw new TransportError('invalid_request', 'Dữ liệu gửi lên quá lớn.');
      return { results: results as PushResult[], serverTime: Date.now() };
    },
  } as unknown as SyncTransport;
  return { transport, batches };
}

const accept = (change: RecordChange): PushResult => ({
  changeId: change.changeId,
  status: 'accepted',
  version: 1,
  conflicts: [],
});

type Held = Extract<PushResult, { status: 'rejected' }>['held'];

const refuse = (change: RecordChange, held?: Held): PushResult => ({
  changeId: change.changeId,
  status: 'rejected',
  code: 'forbidden',
  reason: 'Bạn chỉ có quyền xem chương trình này, không được sửa.',
  message: { key: 'read_only', params: { spaceId: change.spaceId } },
  ...(held === undefined ? {} : { held }),
});

async function periodWithResult(result: number) {
  const test = createTestDb();
  const { ctx } = test;
  const period = await createRecord(ctx, 'indicatorPeriod', { ...sampleRecords.indicatorPeriod, result });
  await ctx.db.outbox.clear(); // as if that create had long been accepted
  return { ...test, periodId: period.id };
}

describe('a refused change', () => {
  it('puts back what the server holds, field by field, and keeps the user value in the refused list', async () => {
    const { ctx, db, periodId } = await periodWithResult(15);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 16, note: 'Ước đạt' });
    const { transport } = answering((change) =>
      refuse(change, { fields: { result: 15 }, clock: { result: SERVER_STAMP } }),
    );
    const report = await pushOutbox(db, transport, () => Date.now());
    expect(report).toMatchObject({ accepted: 0, rejected: 1 });
    const period = await db.indicatorPeriod.get(periodId);
    expect(period?.result).toBe(15);
    expect(period?._clock.result).toBe(SERVER_STAMP);
    // The server has never set `note`: it goes away again, like the server has it.
    expect(period?._clock.note).toBeUndefined();
    const [refused] = await db.rejected.toArray();
    expect(refused).toMatchObject({ code: 'forbidden', fields: { result: 16, note: 'Ước đạt' } });
    expect(refused?.message?.key).toBe('read_only');
    expect(await db.outbox.count()).toBe(0);
  });

  it('never overwrites a later edit of the same field still waiting to be sent', async () => {
    const { ctx, db, periodId, advance } = await periodWithResult(15);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 16 });
    advance(1000);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 18 });
    let first = true;
    const { transport } = answering((change) => {
      const answer = first
        ? refuse(change, { fields: { result: 15 }, clock: { result: SERVER_STAMP } })
        : accept(change);
      first = false;
      return answer;
    });
    await pushOutbox(db, transport, () => Date.now());
    expect((await db.indicatorPeriod.get(periodId))?.result).toBe(18);
  });

  it('without word from the server, falls back on the value and stamp the field had before the edit', async () => {
    const { ctx, db, periodId } = await periodWithResult(15);
    const before = (await db.indicatorPeriod.get(periodId))?._clock.result;
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 16 });
    await pushOutbox(db, answering((change) => refuse(change)).transport, () => Date.now());
    const period = await db.indicatorPeriod.get(periodId);
    expect(period?.result).toBe(15);
    expect(period?._clock.result).toBe(before);
  });

  it('a refused create stays on this machine as a local draft; Bỏ removes it, Thử lại sends it whole again', async () => {
    const { ctx, db } = createTestDb();
    const meeting = await createRecord(ctx, 'meeting', sampleRecords.meeting);
    await pushOutbox(db, answering((change) => refuse(change, null)).transport, () => Date.now());
    expect(await db.meeting.get(meeting.id)).toBeDefined();
    const [draft] = await db.rejected.toArray();
    expect(draft?.draft).toBe(true);
    if (!draft) throw new Error('no refused entry');
    expect(canRetry(draft)).toBe(true);

    await retryRefused(ctx, draft);
    expect(await db.rejected.count()).toBe(0);
    const [queued] = await db.outbox.toArray();
    expect(queued?.base).toBeUndefined();
    expect(queued?.fields).toMatchObject({ title: meeting.title, sessionNumber: meeting.sessionNumber });

    await pushOutbox(db, answering((change) => refuse(change, null)).transport, () => Date.now());
    const [again] = await db.rejected.toArray();
    if (!again) throw new Error('no refused entry');
    await discardRefused(ctx, again);
    expect(await db.meeting.get(meeting.id)).toBeUndefined();
    expect(await db.rejected.count()).toBe(0);
  });

  it('Thử lại writes the user values again under a new stamp', async () => {
    const { ctx, db, periodId, advance } = await periodWithResult(15);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 16 });
    await pushOutbox(db, answering((change) => refuse(change)).transport, () => Date.now());
    const [refused] = await db.rejected.toArray();
    if (!refused) throw new Error('no refused entry');
    advance(60_000);
    await retryRefused(ctx, refused);
    expect((await db.indicatorPeriod.get(periodId))?.result).toBe(16);
    const [queued] = await db.outbox.toArray();
    expect(queued?.fields).toEqual({ result: 16 });
    expect(queued && queued.hlc > refused.hlc).toBe(true);
  });
  it('a refused edit of an id list puts its element state back too: the refused unit does not come back', async () => {
    const { ctx, db, advance } = createTestDb();
    const [unitA, unitB, unitC] = [
      '0190f5a0-0000-7000-8000-00000000c0a1',
      '0190f5a0-0000-7000-8000-00000000c0b2',
      '0190f5a0-0000-7000-8000-00000000c0c3',
    ];
    const task = await createRecord(ctx, 'task', { ...sampleRecords.task, cooperatingUnitIds: [unitA] });
    await db.outbox.clear(); // long accepted
    const before = await db.task.get(task.id);
    advance(1000);
    await updateRecord(ctx, 'task', task.id, { cooperatingUnitIds: [unitA, unitB] });
    const held = {
      fields: { cooperatingUnitIds: [unitA] },
      clock: { cooperatingUnitIds: before?._clock.cooperatingUnitIds ?? '' },
      ...(before?._sets?.cooperatingUnitIds
        ? { sets: { cooperatingUnitIds: before._sets.cooperatingUnitIds } }
        : {}),
    };
    await pushOutbox(db, answering((change) => refuse(change, held as never)).transport, () => Date.now());
    const reverted = await db.task.get(task.id);
    expect(reverted?.cooperatingUnitIds).toEqual([unitA]);
    expect(reverted?._sets?.cooperatingUnitIds).toEqual(before?._sets?.cooperatingUnitIds);
    // Another office adds a unit later: the refused one stays out.
    const later = formatHlc({ wallMs: Date.UTC(2022, 0, 6), counter: 0, nodeId: '5e5e5e5e5e5e5e5e' });
    const merged = mergeChange(reverted, {
      changeId: '0190f5a0-0000-7000-8000-0000000000f9',
      entity: 'task',
      recordId: task.id,
      spaceId: task.spaceId,
      hlc: later,
      fields: { cooperatingUnitIds: [unitA, unitC] },
      setOps: { cooperatingUnitIds: { add: [unitC], remove: [] } },
    });
    expect(merged.record.cooperatingUnitIds).toEqual([unitA, unitC]);
  });
});

describe('pushing the outbox', () => {
  it('splits a batch the server refuses whole until the one change at fault stands alone', async () => {
    const { ctx, db } = createTestDb();
    const names = ['Phường Bồ Đề', 'Phường Gia Thụy', 'QUÁ_LỚN', 'Phường Thạch Bàn', 'Phường Việt Hưng'];
    for (const name of names) await createRecord(ctx, 'unit', { ...sampleRecords.unit, id: undefined, name });
    const { transport, batches } = answering((change) =>
      change.fields.name === 'QUÁ_LỚN' ? 'too_large' : accept(change),
    );
    const report = await pushOutbox(db, transport, () => Date.now());
    expect(report).toMatchObject({ accepted: 4, rejected: 1 });
    expect(batches[0]).toBe(5);
    expect(await db.outbox.count()).toBe(0);
    const [refused] = await db.rejected.toArray();
    expect(refused?.fields.name).toBe('QUÁ_LỚN');
    expect(refused?.reason).toContain('Dữ liệu gửi lên quá lớn');
  });

  it('takes the stamp the server stored an accepted change under (the drift rule), and later edits follow', async () => {
    const { ctx, db, periodId, advance } = await periodWithResult(15);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { result: 16 });
    await pushOutbox(db, answering((change) => ({ ...accept(change), hlc: SERVER_STAMP })).transport, () =>
      Date.now(),
    );
    expect((await db.indicatorPeriod.get(periodId))?._clock.result).toBe(SERVER_STAMP);

    advance(1000);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { note: 'Ước đạt' });
    advance(1000);
    await updateRecord(ctx, 'indicatorPeriod', periodId, { note: 'Đạt' });
    const [first] = await db.outbox.orderBy('seq').toArray();
    const restamped = formatHlc({ wallMs: Date.UTC(2022, 0, 5), counter: 7, nodeId: '5e5e5e5e5e5e5e5e' });
    // The server answers the first edit only, re-stamped; the second is still queued, naming it as base.
    const onlyFirst = {
      push: async (changes: RecordChange[]) => {
        const [change] = changes;
        if (!change || change.changeId !== first?.changeId) throw new TransportError('offline', 'mất mạng');
        return { results: [{ ...accept(change), hlc: restamped }], serverTime: Date.now() };
      },
    } as unknown as SyncTransport;
    await pushOutbox(db, onlyFirst, () => Date.now()).catch(() => undefined);
    const [second] = await db.outbox.toArray();
    expect(second?.base?.note).toBe(restamped);
  });
});
