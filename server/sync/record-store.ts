import { and, eq, ne, sql } from 'drizzle-orm';
import { DIRECTORY_SPACE, meetingSpace, parseSpaceId, programmeSpace } from '../../shared/domain/space.ts';
import type { StoredRecord } from '../../shared/sync/record.ts';
import type { Executor, Tx } from '../db/database.ts';
import { records, spaces } from '../db/schema.ts';

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

export async function saveRecord(
  tx: Tx,
  input: { entity: string; id: string; spaceId: string; data: StoredData; version: number; now: number },
): Promise<void> {
  const values = {
    entity: input.entity,
    id: input.id,
    spaceId: input.spaceId,
    data: input.data as Record<string, unknown>,
    deleted: input.data._deleted === 1,
    version: input.version,
    updatedAt: input.now,
  };
  await tx
    .insert(records)
    .values(values)
    .onConflictDoUpdate({
      target: [records.entity, records.id],
      set: {
        data: values.data,
        deleted: values.deleted,
        version: values.version,
        updatedAt: values.updatedAt,
      },
    });
}

/** Snapshot order: the directory first, then spaces by their date, latest first; undated ones last. */
export const DIRECTORY_RANK = Number.MIN_SAFE_INTEGER;
const UNDATED_RANK = 0;

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

/**
 * Makes sure the space has its row and the rank its head record (the programme or meeting) gives it.
 * Returns true when the order of an already known space changed.
 */
export async function touchSpace(
  tx: Tx,
  input: { spaceId: string; entity: string; record: Readonly<Record<string, unknown>>; now: number },
): Promise<boolean> {
  const kind = parseSpaceId(input.spaceId)?.kind ?? 'directory';
  const rank = rankFromRecord(input.entity, input.record);
  const initial = input.spaceId === DIRECTORY_SPACE ? DIRECTORY_RANK : (rank ?? UNDATED_RANK);
  const inserted = await tx
    .insert(spaces)
    .values({ spaceId: input.spaceId, kind, rank: initial, createdAt: input.now })
    .onConflictDoNothing()
    .returning({ spaceId: spaces.spaceId });
  if (inserted.length > 0 || rank === null) return false;
  const updated = await tx
    .update(spaces)
    .set({ rank })
    .where(and(eq(spaces.spaceId, input.spaceId), ne(spaces.rank, rank)))
    .returning({ spaceId: spaces.spaceId });
  return updated.length > 0;
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
