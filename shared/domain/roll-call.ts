import type { Attendance, Attendee } from './meeting.ts';
import { domainText } from '../i18n/domain.ts';

/** Điểm danh — counts of a meeting's roll call. */
export interface RollCall extends Record<Attendance, number> {
  total: number;
  /** Present in the room or online. */
  attending: number;
  /** "có mặt 45/49". */
  label: string;
}

/**
 * Counts attendance over the given rows (pass the rows that are counted, e.g. the committee members;
 * a group row counts as one). Online counts as attending.
 */
export function rollCall(attendees: readonly Pick<Attendee, 'attendance'>[]): RollCall {
  const counts: Record<Attendance, number> = { present: 0, online: 0, absent: 0, unknown: 0 };
  for (const attendee of attendees) counts[attendee.attendance] += 1;
  const attending = counts.present + counts.online;
  const total = attendees.length;
  return { ...counts, total, attending, label: domainText('vi', 'rollCall.label', { attending, total }) };
}
