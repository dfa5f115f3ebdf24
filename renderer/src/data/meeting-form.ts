import type { Meeting, MeetingKind } from '../../../shared/domain/meeting.ts';
import { isIsoDate, type IsoDate } from '../../../shared/text/calendar-date.ts';
import { formatDateVi, formatTimeVi } from '../../../shared/text/date-format.ts';
import { hoChiMinhTimestamp } from '../../../shared/text/ho-chi-minh-time.ts';

/** The meeting editor's fields as typed: dates and times as text, the way the office writes them. */
export interface MeetingFormValues {
  title: string;
  kind: MeetingKind;
  sessionNumber?: number | null;
  term?: string;
  day: string;
  start: string;
  end?: string;
  place?: string;
  chairPersonId?: string | null;
  coChairIds?: string[];
  minuteTakerId?: string | null;
  issuingBody?: string;
}

/** "14/12/2021" (or 14-12-2021, 14.12.2021) → "2021-12-14"; null when it is not a real day. */
export function parseDayVi(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** "8:00", "08:00", "8h", "8h30" → "08:00"; null otherwise. */
export function parseTimeVi(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?\s*$/i.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The form's values of a stored meeting. */
export function meetingToForm(meeting: Meeting): MeetingFormValues {
  return {
    title: meeting.title,
    kind: meeting.kind,
    sessionNumber: meeting.sessionNumber,
    term: meeting.term ?? '',
    day: formatDateVi(meeting.startsAt),
    start: formatTimeVi(meeting.startsAt),
    end: meeting.endsAt === null ? '' : formatTimeVi(meeting.endsAt),
    place: meeting.place,
    chairPersonId: meeting.chairPersonId,
    coChairIds: meeting.coChairIds,
    minuteTakerId: meeting.minuteTakerId,
    issuingBody: meeting.issuingBody ?? '',
  };
}

/** The record fields of the form's values (dates already checked by the form's rules). */
export function formToMeeting(values: MeetingFormValues): Omit<Meeting, 'id' | 'spaceId'> | null {
  const day = parseDayVi(values.day);
  const start = parseTimeVi(values.start);
  if (!day || !start) return null;
  const end = values.end?.trim() ? parseTimeVi(values.end) : null;
  const term = values.term?.trim().toUpperCase() ?? '';
  return {
    title: values.title.trim(),
    kind: values.kind,
    startsAt: hoChiMinhTimestamp(day, start),
    endsAt: end ? hoChiMinhTimestamp(day, end) : null,
    place: values.place?.trim() ?? '',
    chairPersonId: values.chairPersonId ?? null,
    coChairIds: values.coChairIds ?? [],
    minuteTakerId: values.minuteTakerId ?? null,
    term: term || null,
    sessionNumber: values.sessionNumber ?? null,
    issuingBody: values.issuingBody?.trim() || null,
  };
}
