import type { AgendaItem, Attendee, Meeting } from '../../../shared/domain/meeting.ts';
import { nextMeetingDraft } from '../../../shared/domain/meeting-copy.ts';
import { renumber, type OrderPatch } from '../../../shared/domain/meeting-order.ts';
import { meetingSpace } from '../../../shared/domain/space.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { createRecord, updateRecord, type WriteContext } from '../db/write.ts';

/** Writes `order` (agenda, speeches) or `number` (conclusions, resolutions) patches one by one. */
export async function writePositions(
  ctx: WriteContext,
  entity: 'agendaItem' | 'speech' | 'conclusion' | 'resolution',
  field: 'order' | 'number',
  patches: readonly OrderPatch[],
): Promise<void> {
  for (const patch of patches) await updateRecord(ctx, entity, patch.id, { [field]: patch.value });
}

/** Đánh số lại a numbered list of a meeting: 1, 2, … in the current order. */
export async function renumberList(
  ctx: WriteContext,
  entity: 'conclusion' | 'resolution',
  items: readonly { id: string; number: number }[],
): Promise<number> {
  const patches = renumber(items);
  await writePositions(ctx, entity, 'number', patches);
  return patches.length;
}

export type AttendeeGroup = string;

/** Adds people from the directory to a meeting under one group ("Ủy viên Ban Chấp hành"), not yet called. */
export async function addPeople(
  ctx: WriteContext,
  meetingId: string,
  personIds: readonly string[],
  group: AttendeeGroup,
  existing: readonly Attendee[],
): Promise<number> {
  const already = new Set(existing.map((a) => a.personId));
  let added = 0;
  for (const personId of personIds) {
    if (already.has(personId)) continue;
    await createRecord(ctx, 'attendee', {
      spaceId: meetingSpace(meetingId),
      meetingId,
      personId,
      groupName: null,
      role: group.trim() || null,
      attendance: 'unknown',
      absenceReason: null,
    });
    added += 1;
  }
  return added;
}

/** Creates a copy of a meeting as the next session (agenda and attendees, roll call reset); returns its id. */
export async function copyAsNextMeeting(
  ctx: WriteContext,
  source: { meeting: Meeting; agenda: readonly AgendaItem[]; attendees: readonly Attendee[] },
): Promise<string> {
  const draft = nextMeetingDraft(source, () => uuidv7(ctx.now()));
  await createRecord(ctx, 'meeting', draft.meeting);
  for (const item of draft.agenda) await createRecord(ctx, 'agendaItem', item);
  for (const attendee of draft.attendees) await createRecord(ctx, 'attendee', attendee);
  return draft.meeting.id;
}
