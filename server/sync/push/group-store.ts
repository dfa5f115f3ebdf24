import { sql } from 'drizzle-orm';
import type { Conflict } from '../../../shared/sync/protocol.ts';
import { queryRows, toNumber, type Tx } from '../../db/database.ts';
import { UNKNOWN_USER_NAME, type Writer } from '../log/change-log.ts';
import type { StoredData, StoredRow } from '../log/record-store.ts';

/**
 * The reads of a push group (see push-group.ts), one query each for all its changes: receipts, current
 * records, space ranks, the writers of stored stamps, the conflicts of retried changes. Keys are joined
 * from `unnest` arrays, so each read is one index probe per key and one round trip in all.
 */
export const recordKey = (entity: string, id: string) => `${entity}\u0000${id}`;
export const stampKey = (entity: string, recordId: string, hlc: string) =>
  `${entity}\u0000${recordId}\u0000${hlc}`;

/** An accepted change id: its version and whose change it was (null: a receipt older than that). */
export interface Receipt {
  version: number;
  userId: string | null;
}

export async function loadReceipts(tx: Tx, changeIds: readonly string[]): Promise<Map<string, Receipt>> {
  const receipts = new Map<string, Receipt>();
  if (changeIds.length === 0) return receipts;
  const rows = await queryRows(
    tx,
    sql`SELECT change_id, version, user_id FROM change_receipts WHERE change_id = ANY(${sql.param([...changeIds])}::text[])`,
  );
  for (const row of rows) {
    const userId = row.user_id === null ? null : String(row.user_id);
    receipts.set(String(row.change_id), { version: toNumber(row.version), userId });
  }
  return receipts;
}

/** The stored rows of the given records; the map has every asked key, null when there is no record. */
export async function loadRecords(
  tx: Tx,
  keys: ReadonlyArray<{ entity: string; id: string }>,
): Promise<Map<string, StoredRow | null>> {
  const found = new Map<string, StoredRow | null>();
  if (keys.length === 0) return found;
  for (const key of keys) found.set(recordKey(key.entity, key.id), null);
  const rows = await queryRows(
    tx,
    sql`SELECT r.entity, r.id, r.space_id, r.data
        FROM unnest(${sql.param(keys.map((k) => k.entity))}::text[], ${sql.param(keys.map((k) => k.id))}::text[]) AS k(entity, id)
        JOIN records r ON r.entity = k.entity AND r.id = k.id`,
  );
  for (const row of rows) {
    found.set(recordKey(String(row.entity), String(row.id)), {
      spaceId: String(row.space_id),
      data: row.data as StoredData,
    });
  }
  return found;
}

/** The snapshot rank of each known space among the given ones. */
export async function loadSpaceRanks(tx: Tx, spaceIds: readonly string[]): Promise<Map<string, number>> {
  const ranks = new Map<string, number>();
  if (spaceIds.length === 0) return ranks;
  const rows = await queryRows(
    tx,
    sql`SELECT space_id, rank FROM spaces WHERE space_id = ANY(${sql.param([...spaceIds])}::text[])`,
  );
  for (const row of rows) ranks.set(String(row.space_id), toNumber(row.rank));
  return ranks;
}

/** Who wrote these stamps (through the change rows that carried them), keyed by {@link stampKey}. */
export async function loadWriters(
  tx: Tx,
  stamps: ReadonlyArray<{ entity: string; recordId: string; hlc: string }>,
): Promise<Map<string, Writer>> {
  const writers = new Map<string, Writer>();
  if (stamps.length === 0) return writers;
  const rows = await queryRows(
    tx,
    sql`SELECT c.entity, c.record_id, c.hlc, c.user_id, c.client_id, u.display_name
        FROM unnest(${sql.param(stamps.map((s) => s.entity))}::text[], ${sql.param(stamps.map((s) => s.recordId))}::text[],
                    ${sql.param(stamps.map((s) => s.hlc))}::text[]) AS k(entity, record_id, hlc)
        JOIN changes c ON c.entity = k.entity AND c.record_id = k.record_id AND c.hlc = k.hlc
        LEFT JOIN users u ON u.id = c.user_id`,
  );
  for (const row of rows) {
    writers.set(stampKey(String(row.entity), String(row.record_id), String(row.hlc)), {
      userId: row.user_id === null ? null : String(row.user_id),
      clientId: row.client_id === null ? null : String(row.client_id),
      userName: row.display_name === null ? UNKNOWN_USER_NAME : String(row.display_name),
    });
  }
  return writers;
}

/**
 * The stamps the given (already accepted) changes were stored under: a retry of a change the drift rule
 * re-stamped answers the stored stamp again. A compacted change row is not found (its values were all
 * overwritten since, so its stamp no longer matters).
 */
export async function loadStampsOf(tx: Tx, changeIds: readonly string[]): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  if (changeIds.length === 0) return stamps;
  const rows = await queryRows(
    tx,
    sql`SELECT change_id, hlc FROM changes WHERE change_id = ANY(${sql.param([...changeIds])}::text[])`,
  );
  for (const row of rows) stamps.set(String(row.change_id), String(row.hlc));
  return stamps;
}

const optionalNumber = (value: unknown) => (value === null ? null : toNumber(value));

/** The conflicts each of the given (already accepted) changes caused, by field. */
export async function loadConflictsOf(
  tx: Tx,
  changeIds: readonly string[],
): Promise<Map<string, Conflict[]>> {
  const byChange = new Map<string, Conflict[]>();
  if (changeIds.length === 0) return byChange;
  const rows = await queryRows(
    tx,
    sql`SELECT * FROM conflicts WHERE change_id = ANY(${sql.param([...changeIds])}::text[]) ORDER BY change_id, field`,
  );
  for (const row of rows) {
    const conflict: Conflict = {
      id: String(row.id),
      spaceId: String(row.space_id),
      entity: String(row.entity),
      recordId: String(row.record_id),
      field: String(row.field),
      kept: {
        value: row.kept_value ?? null,
        hlc: String(row.kept_hlc),
        userId: row.kept_user_id === null ? null : String(row.kept_user_id),
        userName: String(row.kept_user_name),
      },
      overwritten: {
        value: row.overwritten_value ?? null,
        hlc: String(row.overwritten_hlc),
        userId: row.overwritten_user_id === null ? null : String(row.overwritten_user_id),
        userName: String(row.overwritten_user_name),
      },
      createdAt: toNumber(row.created_at),
      resolvedAt: optionalNumber(row.resolved_at),
    };
    const changeId = String(row.change_id);
    byChange.set(changeId, [...(byChange.get(changeId) ?? []), conflict]);
  }
  return byChange;
}
