import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { auditEntrySchema } from '../../../shared/sync/protocol.ts';
import type { Executor } from '../../db/database.ts';
import { auditLog, users } from '../../db/schema.ts';
import { UNKNOWN_USER_NAME } from './change-log.ts';

/** A record's history from the audit log: every applied field, old and new value, who and from where. */
export type AuditEntry = z.output<typeof auditEntrySchema>;

const MAX_ENTRIES = 5000;

export async function recordHistory(db: Executor, entity: string, recordId: string): Promise<AuditEntry[]> {
  const rows = await db
    .select({ entry: auditLog, userName: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.recordId, recordId)))
    .orderBy(asc(auditLog.version), asc(auditLog.id))
    .limit(MAX_ENTRIES);
  return rows.map(({ entry, userName }) => ({
    version: entry.version,
    at: entry.at,
    userId: entry.userId,
    userName: userName ?? UNKNOWN_USER_NAME,
    clientId: entry.clientId,
    spaceId: entry.spaceId,
    entity: entry.entity,
    recordId: entry.recordId,
    field: entry.field,
    oldValue: entry.oldValue ?? null,
    newValue: entry.newValue ?? null,
  }));
}
