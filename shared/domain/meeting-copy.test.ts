import { describe, expect, it } from 'vitest';
import { createUuidv7Generator } from '../ids/index.ts';
import { agendaItemSchema, attendeeSchema, meetingSchema, type Meeting } from './meeting.ts';
import { nextMeetingDraft, nextSessionTitle } from './meeting-copy.ts';
import { meetingSpace } from './space.ts';

const generate = createUuidv7Generator((n) => new Uint8Array(n).fill(3));
const nextId = () => generate(Date.UTC(2021, 11, 1));

describe('copying a meeting as the next session', () => {
  it('numbers the title and session one up', () => {
    expect(nextSessionTitle('Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV', 9)).toBe(
      'Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ Quận khóa IV',
    );
    expect(nextSessionTitle('Hội nghị lần thứ 09', null)).toBe('Hội nghị lần thứ 10');
    expect(nextSessionTitle('Giao ban tháng', 3)).toBe('Giao ban tháng');
  });

  it('keeps agenda and attendees, resets the roll call, and everything is valid in the new space', () => {
    const id = nextId();
    const spaceId = meetingSpace(id);
    const meeting: Meeting = {
      id,
      spaceId,
      title: 'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV',
      kind: 'plenum',
      startsAt: Date.UTC(2021, 11, 14, 1),
      endsAt: Date.UTC(2021, 11, 14, 4, 30),
      place: 'Hội trường Quận ủy',
      chairPersonId: null,
      coChairIds: [],
      minuteTakerId: null,
      term: 'IV',
      sessionNumber: 9,
      issuingBody: null,
    };
    const base = { spaceId, meetingId: id };
    const agenda = [
      {
        ...base,
        id: nextId(),
        order: 4,
        title: 'Tờ trình',
        kind: 'submission' as const,
        presenterId: null,
        presenterText: null,
      },
      {
        ...base,
        id: nextId(),
        order: 1,
        title: 'Báo cáo',
        kind: 'report' as const,
        presenterId: null,
        presenterText: 'Đ/c Điềm',
      },
    ];
    const attendees = [
      {
        ...base,
        id: nextId(),
        personId: null,
        groupName: 'Bí thư 14 phường',
        role: null,
        attendance: 'absent' as const,
        absenceReason: 'Đi công tác',
      },
    ];
    const draft = nextMeetingDraft({ meeting, agenda, attendees }, nextId);
    expect(draft.meeting.sessionNumber).toBe(10);
    expect(draft.meeting.id).not.toBe(id);
    expect(draft.meeting.endsAt).toBe(Date.UTC(2021, 11, 21, 4, 30));
    expect(meetingSchema.safeParse(draft.meeting).success).toBe(true);
    expect(draft.agenda.map((a) => [a.title, a.order])).toEqual([
      ['Báo cáo', 0],
      ['Tờ trình', 1],
    ]);
    for (const item of draft.agenda) expect(agendaItemSchema.safeParse(item).success).toBe(true);
    expect(draft.attendees[0]).toMatchObject({
      attendance: 'unknown',
      absenceReason: null,
      groupName: 'Bí thư 14 phường',
    });
    for (const a of draft.attendees) expect(attendeeSchema.safeParse(a).success).toBe(true);
  });
});
