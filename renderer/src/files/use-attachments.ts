import { useLiveQuery } from 'dexie-react-hooks';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from '../data/live-rows.ts';

/** Every file attached to a meeting or to one of its agenda items; undefined while loading. */
export function useMeetingAttachments(meetingId: string): Attachment[] | undefined {
  const { db } = useDb();
  return useLiveQuery(
    () => liveRows(db.attachment.where('owner.meetingId').equals(meetingId)),
    [db, meetingId],
  );
}

/** The files (every version) attached to one agenda item, newest version first; [] while loading. */
export function useItemDrafts(agendaItemId: string): Attachment[] {
  const { db } = useDb();
  const rows = useLiveQuery(
    () => liveRows(db.attachment.where('owner.agendaItemId').equals(agendaItemId)),
    [db, agendaItemId],
  );
  return (rows ?? []).sort((a, b) => b.version - a.version);
}
