import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleIds, sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { openLocalDb, type LocalDb } from '../db/local-db.ts';
import { createRecord } from '../db/write.ts';
import { recordApproval, withdrawApproval } from './minutes-signoff.ts';

let db: LocalDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('recording the chair’s approval', () => {
  it('keeps one record per meeting: approved, withdrawn, approved again, each a queued change', async () => {
    db = openLocalDb(`signoff-${Math.random()}`);
    const ctx = { db, now: () => Date.UTC(2025, 6, 4, 9) };
    const meetingId = sampleIds.meeting;
    await createRecord(ctx, 'meeting', sampleRecords.meeting);
    const input = { approverId: null, approverText: 'Đồng chí Bí thư', approvedAt: ctx.now(), note: null };
    await recordApproval(ctx, meetingId, input);
    await withdrawApproval(ctx, meetingId);
    await recordApproval(ctx, meetingId, { ...input, approvedAt: ctx.now() + 3_600_000 });
    const rows = await db.minutesSignOff.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: meetingId, state: 'approved', approvedAt: ctx.now() + 3_600_000 });
    const queued = await db.outbox.toArray();
    expect(
      queued.map((entry) => (entry.entity === 'minutesSignOff' ? (entry.fields.state ?? null) : 'meeting')),
    ).toEqual(['meeting', 'approved', 'withdrawn', 'approved']);
    expect(queued.every((entry) => entry.deleted !== true)).toBe(true);
  });
});
