import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, Unit } from '../../../shared/domain/directory.ts';
import type { AgendaItem, Attendee, Meeting } from '../../../shared/domain/meeting.ts';
import type { Comment, Conclusion, Resolution, Speech } from '../../../shared/domain/meeting-record.ts';
import { groupByConclusion } from '../../../shared/domain/meeting-order.ts';
import type { Task } from '../../../shared/domain/task.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from './live-rows.ts';

export interface MeetingDetail {
  meeting: Meeting;
  agenda: AgendaItem[];
  attendees: Attendee[];
  speeches: Speech[];
  conclusions: Conclusion[];
  resolutions: Resolution[];
  /** Góp ý on the agenda items, oldest first. */
  comments: Comment[];
  /** Tasks spawned from this meeting's conclusions, by conclusion id. */
  tasksByConclusion: Map<string, Task[]>;
  people: Map<string, Person>;
  units: Map<string, Unit>;
}

/** A meeting with everything recorded under it; null when it does not exist, undefined while loading. */
export function useMeetingDetail(meetingId: string): MeetingDetail | null | undefined {
  const { db } = useDb();
  return useLiveQuery(async () => {
    const meeting = await db.meeting.get(meetingId);
    if (!meeting || meeting._deleted) return null;
    const byMeeting = { meetingId } as const;
    const [agenda, attendees, speeches, conclusions, resolutions, comments, tasks, people, units] =
      await Promise.all([
        liveRows(db.agendaItem.where(byMeeting)),
        liveRows(db.attendee.where(byMeeting)),
        liveRows(db.speech.where(byMeeting)),
        liveRows(db.conclusion.where(byMeeting)),
        liveRows(db.resolution.where(byMeeting)),
        liveRows(db.comment.where(byMeeting)),
        liveRows(db.task.where('source.meetingId').equals(meetingId)),
        liveRows(db.person),
        liveRows(db.unit),
      ]);
    // Linked by conclusion id, so renumbering the conclusions keeps every task under its conclusion.
    const tasksByConclusion = groupByConclusion(tasks);
    return {
      meeting,
      agenda: agenda.sort((a, b) => a.order - b.order),
      attendees,
      speeches: speeches.sort((a, b) => a.order - b.order),
      conclusions: conclusions.sort((a, b) => a.number - b.number),
      resolutions: resolutions.sort((a, b) => a.number - b.number),
      comments: comments.sort((a, b) => (a.submittedAt ?? 0) - (b.submittedAt ?? 0)),
      tasksByConclusion,
      people: new Map(people.map((p) => [p.id, p])),
      units: new Map(units.map((u) => [u.id, u])),
    };
  }, [db, meetingId]);
}
