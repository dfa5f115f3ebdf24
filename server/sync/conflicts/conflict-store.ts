import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Conflict } from '../../../shared/sync/protocol.ts';
import type { ReadableSpaces } from '../../../shared/authz/access.ts';
import type { Executor } from '../../db/database.ts';
import { conflicts } from '../../db/schema.ts';

/** Conflicts in the database: written with the change that caused them, read by the conflict inbox. */
type ConflictRow = typeof conflicts.$inferSelect;

export function toConflict(row: ConflictRow): Conflict {
  return {
    id: row.id,
    spaceId: row.spaceId,
    entity: row.entity,
    recordId: row.recordId,
    field: row.field,
    kept: { value: row.keptValue, hlc: row.keptHlc, userId: row.keptUserId, userName: row.keptUserName },
    overwritten: {
      value: row.overwrittenValue,
      hlc: row.overwrittenHlc,
      userId: row.overwrittenUserId,
      userName: row.overwrittenUserName,
    },
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
  };
}

const CONFLICT_PAGE = 500;

/** The conflicts of readable spaces, unresolved first, newest first; `since` keeps newer activity only. */
export async function listConflicts(
  db: Executor,
  input: { readable: ReadableSpaces; since: number | null },
): Promise<Conflict[]> {
  const conditions = [];
  if (!input.readable.all) {
    conditions.push(sql`${conflicts.spaceId} = ANY(${sql.param(input.readable.spaceIds)}::text[])`);
  }
  if (input.since !== null) {
    conditions.push(or(gt(conflicts.createdAt, input.since), gt(conflicts.resolvedAt, input.since)));
  }
  const rows = await db
    .select()
    .from(conflicts)
    .where(and(...conditions))
    .orderBy(sql`${conflicts.resolvedAt} IS NOT NULL`, desc(conflicts.createdAt), conflicts.id)
    .limit(CONFLICT_PAGE);
  return rows.map(toConflict);
}

export async function findConflict(db: Executor, id: string): Promise<Conflict | null> {
  const rows = await db.select().from(conflicts).where(eq(conflicts.id, id));
  return rows[0] ? toConflict(rows[0]) : null;
}

/** Marks a conflict resolved (first resolution wins); returns it as it now stands. */
export async function resolveConflict(db: Executor, input: { id: string; userId: string; now: number }) {
  await db
    .update(conflicts)
    .set({ resolvedAt: input.now, resolvedBy: input.userId })
    .where(and(eq(conflicts.id, input.id), isNull(conflicts.resolvedAt)));
  return findConflict(db, input.id);
}
