import { and, eq, sql } from 'drizzle-orm';
import { meetingSpace, programmeSpace } from '../../../shared/domain/space.ts';
import type { StoredRecord } from '../../../shared/sync/record.ts';
import type { Executor } from '../../db/database.ts';
import { records, spaces } from '../../db/schema.ts';

/** The current records and the spaces they live in. */
export type StoredData = StoredRecord<Record<string, unknown>>;

export interface StoredRow {
  spaceId: string;
  data: StoredData;
}

export async function loadRecord(db: Executor, entity: string, id: string): Promise<StoredRow | null> {
  const rows = await db
    .select({ spaceId: records.spaceId, data: records.data })
    .from(records)
    .where(and(eq(records.entity, entity), eq(records.id, id)));
  const row = rows[0];
  return row ? { spaceId: row.spaceId, data: row.data as StoredData } : null;
}

/**
 * Snapshot order: the directory first, then the units' own spaces, then programmes and meetings by their
 * date, latest first; undated ones last.
 */
export const DIRECTORY_RANK = Number.MIN_SAFE_INTEGER;
export const UNDATED_RANK = 0;
/** A unit's own space (`unit:<id>`) comes right after the directory: its members' own tasks. */
export const UNIT_RANK = DIRECTORY_RANK + 1;

/** The rank a programme or meeting record gives its own space, or null for any other record. */
export function rankFromRecord(entity: string, record: Readonly<Record<string, unknown>>): number | null {
  const id = record.id;
  if (typeof id !== 'string') return null;
  if (entity === 'programme' && record.spaceId === safeSpace(() => programmeSpace(id))) {
    return typeof record.termEnd === 'number' ? -Date.UTC(record.termEnd, 11, 31) : null;
  }
  if (entity === 'meeting' && record.spaceId === safeSpace(() => meetingSpace(id))) {
    return typeof record.startsAt === 'number' ? -record.startsAt : null;
  }
  return null;
}

function safeSpace(make: () => string): string | null {
  try {
    return make();
  } catch {
    return null;
  }
}

/** The readable spaces in snapshot order. */
export async function orderedSpaces(
  db: Executor,
  readable: { all: true } | { all: false; spaceIds: string[] },
): Promise<Array<{ spaceId: string; rank: number }>> {
  const query = db.select({ spaceId: spaces.spaceId, rank: spaces.rank }).from(spaces);
  const filtered = readable.all
    ? query
    : query.where(sql`${spaces.spaceId} = ANY(${sql.param(readable.spaceIds)}::text[])`);
  return filtered.orderBy(spaces.rank, spaces.spaceId);
}
