import { and, eq, sql } from 'drizzle-orm';
import type { FieldOutcome } from '../../shared/sync/merge.ts';
import { DELETED_FIELD } from '../../shared/sync/record.ts';
import type { Executor, Tx } from '../db/database.ts';
import { auditLog, changeReceipts, changes, users } from '../db/schema.ts';

/** The log of accepted changes, their receipts (for idempotent retries) and the audit trail. */

/** Who wrote a field's current value, found through the change that carried its stamp. */
export interface Writer {
  userId: string | null;
  clientId: string | null;
  userName: string;
}

export const UNKNOWN_USER_NAME = 'Không rõ';

export async function findReceipt(db: Executor, changeId: string): Promise<number | null> {
  const rows = await db
    .select({ version: changeReceipts.version })
    .from(changeReceipts)
    .where(eq(changeReceipts.changeId, changeId));
  return rows[0]?.version ?? null;
}

/** The writers of the given stamps of one record. */
export async function findWriters(
  db: Executor,
  input: { entity: string; recordId: string; stamps: readonly string[] },
): Promise<Map<string, Writer>> {
  const writers = new Map<string, Writer>();
  if (input.stamps.length === 0) return writers;
  const rows = await db
    .select({ hlc: changes.hlc, userId: changes.userId, clientId: changes.clientId, name: users.displayName })
    .from(changes)
    .leftJoin(users, eq(users.id, changes.userId))
    .where(
      and(
        eq(changes.entity, input.entity),
        eq(changes.recordId, input.recordId),
        sql`${changes.hlc} = ANY(${sql.param([...input.stamps])}::text[])`,
      ),
    );
  for (const row of rows) {
    writers.set(row.hlc, {
      userId: row.userId,
      clientId: row.clientId,
      userName: row.name ?? UNKNOWN_USER_NAME,
    });
  }
  return writers;
}

export interface AcceptedChange {
  version: number;
  changeId: string;
  entity: string;
  recordId: string;
  spaceId: string;
  hlc: string;
  applied: readonly FieldOutcome[];
  userId: string;
  clientId: string;
  now: number;
}

/** Logs an accepted change: its row with the fields it applied, its receipt, one audit row per field. */
export async function logAcceptedChange(tx: Tx, change: AcceptedChange): Promise<void> {
  const fields = Object.fromEntries(
    change.applied.filter((f) => f.field !== DELETED_FIELD).map((f) => [f.field, f.newValue]),
  );
  const deleted = change.applied.some((f) => f.field === DELETED_FIELD);
  await tx.insert(changes).values({
    version: change.version,
    changeId: change.changeId,
    entity: change.entity,
    recordId: change.recordId,
    spaceId: change.spaceId,
    hlc: change.hlc,
    fields,
    deleted,
    userId: change.userId,
    clientId: change.clientId,
    receivedAt: change.now,
  });
  await tx
    .insert(changeReceipts)
    .values({ changeId: change.changeId, version: change.version, receivedAt: change.now });
  if (change.applied.length === 0) return;
  await tx.insert(auditLog).values(
    change.applied.map((outcome) => ({
      version: change.version,
      at: change.now,
      userId: change.userId,
      clientId: change.clientId,
      spaceId: change.spaceId,
      entity: change.entity,
      recordId: change.recordId,
      field: outcome.field,
      oldValue: outcome.oldValue ?? null,
      newValue: outcome.newValue ?? null,
    })),
  );
}
