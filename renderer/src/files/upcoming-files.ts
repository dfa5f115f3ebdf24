import type { Attachment } from '../../../shared/domain/attachment.ts';
import type { LocalDb } from '../db/local-db.ts';
import { liveRows } from '../data/live-rows.ts';
import { seriesOf } from './attachment-series.ts';

/** How far ahead a meeting's materials are fetched without being asked. */
export const UPCOMING_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The files to have on this machine before the coming meetings: the current version of every document of
 * each meeting that starts from now to `UPCOMING_DAYS` days ahead (and of one under way today).
 */
export async function upcomingFiles(db: LocalDb, now: number): Promise<Attachment[]> {
  const from = now - DAY_MS;
  const meetings = await liveRows(
    db.meeting.where('startsAt').between(from, now + UPCOMING_DAYS * DAY_MS, true, true),
  );
  const files: Attachment[] = [];
  for (const meeting of meetings) {
    const attachments = await liveRows(db.attachment.where('owner.meetingId').equals(meeting.id));
    files.push(...seriesOf(attachments).map((entry) => entry.current));
  }
  return files;
}
