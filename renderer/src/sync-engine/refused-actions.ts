import { isEntityName, type EntityName } from '../../../shared/domain/registry.ts';
import type { RejectionCode } from '../../../shared/sync/protocol.ts';
import type { RejectedEntry } from '../db/local-db.ts';
import { deleteRecord, requeueRecord, updateRecord, type WriteContext } from '../db/write.ts';

/**
 * Refusals that can turn out otherwise when sent again: a right granted since, a record whose create has
 * arrived since, a clock put right. Invalid content or a record in another space stays refused until the
 * user changes it (they copy their values and edit the record).
 */
const RETRYABLE: ReadonlySet<RejectionCode> = new Set(['forbidden', 'not_found', 'clock_drift']);

export function canRetry(entry: RejectedEntry): boolean {
  return isEntityName(entry.entity) && RETRYABLE.has(entry.code);
}

/**
 * "Thử lại": the user's values are written again through the one write path, under a new stamp, and queued;
 * the refused entry goes in the same transaction. A local draft is queued whole again as a create.
 */
export async function retryRefused(ctx: WriteContext, entry: RejectedEntry): Promise<void> {
  if (!canRetry(entry) || entry.seq === undefined) return;
  const entity = entry.entity as EntityName;
  const { db } = ctx;
  const tables = [db.table(entity), db.outbox, db.history, db.meta, db.rejected];
  await db.transaction('rw', tables, async () => {
    if (entry.draft) await requeueRecord(ctx, entity, entry.recordId);
    else if (entry.deleted) {
      const current = await db.table(entity).get(entry.recordId);
      if (current && !current._deleted) await deleteRecord(ctx, entity, entry.recordId);
    } else await updateRecord(ctx, entity, entry.recordId, entry.fields);
    await db.rejected.delete(entry.seq as number);
  });
}

/**
 * "Bỏ": the refused values are let go. For a local draft that means the record itself, which exists on this
 * machine only, with any edits of it still waiting to be sent (they would be refused too).
 */
export async function discardRefused(ctx: WriteContext, entry: RejectedEntry): Promise<void> {
  if (entry.seq === undefined) return;
  const { db } = ctx;
  const entity = isEntityName(entry.entity) ? entry.entity : null;
  const tables = entity ? [db.table(entity), db.outbox, db.rejected] : [db.rejected];
  await db.transaction('rw', tables, async () => {
    await db.rejected.delete(entry.seq as number);
    if (!entry.draft || !entity) return;
    await db.table(entity).delete(entry.recordId);
    await db.outbox.where('recordId').equals(entry.recordId).delete();
  });
}
