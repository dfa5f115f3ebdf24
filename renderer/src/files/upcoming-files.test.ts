import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingSpace } from '../../../shared/domain/space.ts';
import { uuidv7 } from '../../../shared/ids/index.ts';
import { sampleRecords } from '../../../shared/test-support/sample-records.ts';
import { openLocalDb, type LocalDb } from '../db/local-db.ts';
import { createRecord } from '../db/write.ts';
import { upcomingFiles } from './upcoming-files.ts';

let db: LocalDb;
afterEach(async () => {
  db.close();
  await db.delete();
});

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 6, 1, 1);
const hash = (n: number) => n.toString(16).padStart(64, '0');

async function meetingWithFiles(ctx: { db: LocalDb; now: () => number }, startsAt: number, versions: number) {
  const id = uuidv7(startsAt);
  const spaceId = meetingSpace(id);
  await createRecord(ctx, 'meeting', { ...sampleRecords.meeting, id, spaceId, startsAt, endsAt: null });
  const first = uuidv7(ctx.now());
  for (let version = 1; version <= versions; version += 1) {
    await createRecord(ctx, 'attachment', {
      ...sampleRecords.attachment,
      id: version === 1 ? first : uuidv7(ctx.now()),
      spaceId,
      owner: { kind: 'meeting', meetingId: id },
      seriesId: first,
      version,
      sha256: hash(startsAt / 1000 + version),
    });
  }
  return id;
}

describe('files of the coming meetings', () => {
  it('are the current versions of the meetings in the next seven days, not later or long past ones', async () => {
    db = openLocalDb(`upcoming-${Math.random()}`);
    const ctx = { db, now: () => NOW };
    await meetingWithFiles(ctx, NOW + 3 * DAY, 2);
    await meetingWithFiles(ctx, NOW + 10 * DAY, 1);
    await meetingWithFiles(ctx, NOW - 5 * DAY, 1);
    const files = await upcomingFiles(db, NOW);
    expect(files.map((file) => [file.version, file.sha256])).toEqual([[2, hash((NOW + 3 * DAY) / 1000 + 2)]]);
  });
});
