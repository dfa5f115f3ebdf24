import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useDb } from '../db/db-context.tsx';
import { liveRows } from '../data/live-rows.ts';
import { useApi } from '../platform/api-context.tsx';

/** One meeting whose files this machine knows of, and the bytes of them it holds. */
export interface MeetingStorage {
  meetingId: string;
  title: string;
  startsAt: number;
  sha256s: string[];
  /** Bytes of its files in the local store (null until main answers). */
  bytes: number | null;
}

/** The meetings with files, latest first, and how much of this machine's space each one's files take. */
export function useMeetingStorage(): { meetings: MeetingStorage[] | undefined; refresh: () => void } {
  const { db } = useDb();
  const api = useApi();
  const [tick, setTick] = useState(0);
  const listed = useLiveQuery(async () => {
    const attachments = await liveRows(db.attachment);
    const byMeeting = new Map<string, Set<string>>();
    for (const attachment of attachments) {
      if (!('meetingId' in attachment.owner)) continue;
      const set = byMeeting.get(attachment.owner.meetingId) ?? new Set<string>();
      set.add(attachment.sha256);
      byMeeting.set(attachment.owner.meetingId, set);
    }
    const meetings = await db.meeting.bulkGet([...byMeeting.keys()]);
    return meetings
      .filter((meeting) => meeting !== undefined && meeting._deleted === 0)
      .map((meeting) => ({
        meetingId: meeting?.id ?? '',
        title: meeting?.title ?? '',
        startsAt: meeting?.startsAt ?? 0,
        sha256s: [...(byMeeting.get(meeting?.id ?? '') ?? [])],
      }))
      .sort((a, b) => b.startsAt - a.startsAt);
  }, [db]);
  const [bytes, setBytes] = useState<Map<string, number>>(new Map());
  useEffect(() => {
    if (!listed) return;
    let live = true;
    void Promise.all(
      listed.map(async (meeting) => {
        const result = await api.invoke('files.usage', { sha256s: meeting.sha256s });
        return [meeting.meetingId, result.ok ? result.value.bytes : 0] as const;
      }),
    ).then((pairs) => live && setBytes(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [api, listed, tick]);
  const meetings = listed?.map((meeting) => ({ ...meeting, bytes: bytes.get(meeting.meetingId) ?? null }));
  return { meetings, refresh: () => setTick((n) => n + 1) };
}
