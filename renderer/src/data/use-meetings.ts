import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

export interface MeetingRow {
  meeting: Meeting;
  chairName: string | null;
  upcoming: boolean;
}

/** Upcoming meetings first (soonest first), then past ones (latest first). */
export function orderMeetings<T extends { startsAt: number }>(meetings: readonly T[], now: number): T[] {
  const upcoming = meetings.filter((m) => m.startsAt >= now).sort((a, b) => a.startsAt - b.startsAt);
  const past = meetings.filter((m) => m.startsAt < now).sort((a, b) => b.startsAt - a.startsAt);
  return [...upcoming, ...past];
}

export function useMeetingRows(now: number): MeetingRow[] | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const [meetings, people] = await Promise.all([liveRows(db.meeting), liveRows(db.person)]);
    const names = new Map(people.map((person) => [person.id, person.name]));
    return orderMeetings(meetings, now).map((meeting) => ({
      meeting,
      chairName: meeting.chairPersonId ? (names.get(meeting.chairPersonId) ?? null) : null,
      upcoming: meeting.startsAt >= now,
    }));
  }, [db, now]);
}
