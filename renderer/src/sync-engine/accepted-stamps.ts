import { isEntityName, type EntityName } from '../../../shared/domain/registry.ts';
import { DELETED_FIELD } from '../../../shared/sync/record.ts';
import { renameSetStamp } from '../../../shared/sync/set-state.ts';
import { recordTable, type LocalDb, type OutboxEntry } from '../db/local-db.ts';

/**
 * The fields a change wrote take a new stamp where they still carry its old one (a later write keeps
 * its own), element states of id lists included. Call inside a transaction over the entity's table.
 */
export async function restampRecord(db: LocalDb, change: OutboxEntry, stamp: string): Promise<void> {
  if (!isEntityName(change.entity)) return;
  const table = recordTable(db, change.entity as EntityName);
  const record = await table.get(change.recordId);
  if (!record) return;
  const clock = { ...record._clock };
  const fields = [...Object.keys(change.fields), ...(change.deleted ? [DELETED_FIELD] : [])];
  for (const field of fields) if (clock[field] === change.hlc) clock[field] = stamp;
  await table.put({ ...record, _clock: clock, ...renameSetStamp(record._sets, change.hlc, stamp) });
}

/**
 * The server stored an accepted change under another stamp (the drift rule re-stamped it): this copy
 * takes the same stamp for the fields that still carry the old one, and later queued edits of the record
 * that named the old stamp as their `base` name the new one, so the server does not see them as
 * concurrent. Call inside a transaction over the entity's table and the outbox.
 */
export async function restampAccepted(db: LocalDb, change: OutboxEntry, stamp: string): Promise<void> {
  await restampRecord(db, change, stamp);
  const later = await db.outbox.where('recordId').equals(change.recordId).toArray();
  const rebased = later
    .filter((entry) => entry.base && Object.values(entry.base).includes(change.hlc))
    .map((entry) => ({
      ...entry,
      base: Object.fromEntries(
        Object.entries(entry.base ?? {}).map(([field, base]) => [field, base === change.hlc ? stamp : base]),
      ),
    }));
  if (rebased.length > 0) await db.outbox.bulkPut(rebased);
}
