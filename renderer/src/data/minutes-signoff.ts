import { useLiveQuery } from 'dexie-react-hooks';
import type { MinutesSignOff } from '../../../shared/domain/minutes-signoff.ts';
import { meetingSpace } from '../../../shared/domain/space.ts';
import { useDb } from '../db/db-context.tsx';
import { createRecord, updateRecord, type WriteContext } from '../db/write.ts';

/** Who approved the minutes, when and how, as the office records it. */
export type ApprovalInput = Pick<MinutesSignOff, 'approverId' | 'approverText' | 'approvedAt' | 'note'>;

/**
 * Records the chair's approval of a meeting's minutes: one record per meeting (its id is the meeting's),
 * so an approval recorded again — here or by another office, offline — changes that record.
 */
export async function recordApproval(ctx: WriteContext, meetingId: string, input: ApprovalInput) {
  const fields = { state: 'approved' as const, ...input };
  const existing = await ctx.db.minutesSignOff.get(meetingId);
  if (existing && existing._deleted === 0) {
    await updateRecord(ctx, 'minutesSignOff', meetingId, fields);
  } else {
    const where = { id: meetingId, spaceId: meetingSpace(meetingId), meetingId };
    await createRecord(ctx, 'minutesSignOff', { ...where, ...fields });
  }
}

/** Hủy xác nhận: the office reopens the minutes for every writer (a change of state, kept in the history). */
export async function withdrawApproval(ctx: WriteContext, meetingId: string): Promise<void> {
  await updateRecord(ctx, 'minutesSignOff', meetingId, { state: 'withdrawn' });
}

/** The approval of the meeting's minutes as recorded (withdrawn included); null when never; undefined while loading. */
export function useMinutesSignOff(meetingId: string): MinutesSignOff | null | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const row = await db.minutesSignOff.get(meetingId);
    return row && row._deleted === 0 ? row : null;
  }, [db, meetingId]);
}
