import type { AgendaItem, Attendee, Meeting } from './meeting.ts';
import { meetingSpace } from './space.ts';

export interface NextMeetingDraft {
  meeting: Meeting;
  agenda: AgendaItem[];
  attendees: Attendee[];
}

const WEEK = 7 * 24 * 3_600_000;

/**
 * "lần thứ 9" → "lần thứ 10" in a title; keeps the zero padding the office uses ("lần thứ 09" → "lần thứ
 * 10"). A title without the phrase is kept as it is.
 */
export function nextSessionTitle(title: string, session: number | null): string {
  const next = session === null ? null : session + 1;
  return title.replace(/(lần thứ\s+)(\d+)/iu, (_, words: string, digits: string) => {
    const value = next ?? Number(digits) + 1;
    return `${words}${String(value).padStart(digits.length, '0')}`;
  });
}

/**
 * Sao chép làm hội nghị kỳ sau: the same kind, place, chair, term and body; session number + 1; the same
 * agenda (new ids, same order and presenters) and attendees with the roll call reset. The date is one week
 * later as a placeholder the secretary changes. Pure: ids come from `nextId`.
 */
export function nextMeetingDraft(
  source: { meeting: Meeting; agenda: readonly AgendaItem[]; attendees: readonly Attendee[] },
  nextId: () => string,
): NextMeetingDraft {
  const id = nextId();
  const spaceId = meetingSpace(id);
  const { meeting } = source;
  const shift = meeting.endsAt === null ? null : meeting.endsAt - meeting.startsAt;
  const startsAt = meeting.startsAt + WEEK;
  return {
    meeting: {
      ...meeting,
      id,
      spaceId,
      title: nextSessionTitle(meeting.title, meeting.sessionNumber),
      startsAt,
      endsAt: shift === null ? null : startsAt + shift,
      sessionNumber: meeting.sessionNumber === null ? null : meeting.sessionNumber + 1,
    },
    agenda: [...source.agenda]
      .sort((a, b) => a.order - b.order)
      .map((item, order) => ({ ...item, id: nextId(), spaceId, meetingId: id, order })),
    attendees: source.attendees.map((attendee) => ({
      ...attendee,
      id: nextId(),
      spaceId,
      meetingId: id,
      attendance: 'unknown',
      absenceReason: null,
    })),
  };
}
