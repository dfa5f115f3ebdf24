import { eq, sql } from 'drizzle-orm';
import { queryRows, toNumber, type Executor, type Tx } from '../../db/database.ts';
import { syncState } from '../../db/schema.ts';

/**
 * The single `sync_state` row. Every push locks it first (`SELECT … FOR UPDATE`) and keeps the lock
 * until it commits, so pushes — from any number of connections and server instances — run one after
 * another: versions are handed out gap-free and commit in increasing order. A pull therefore never sees
 * version n+1 without n (no change can later appear below a cursor a client already passed), and reading
 * `last_version` first bounds a pull to versions that are all committed.
 */
export interface SyncState {
  lastVersion: number;
  /** The lowest cursor pull still serves; raised by compaction. */
  minCursor: number;
  /** Bumped when the snapshot order of existing spaces changes (snapshot pages must restart). */
  spaceOrderEpoch: number;
  /**
   * A random token each push commit writes (group-write.ts): which commit the row is at. A pipelined
   * group compares it with its carry's, since an equal version alone may be another instance's commit.
   */
  commitToken: string;
}

const ROW_ID = 1;

// Raw SQL: `commit_token` comes from migration 0002 and is not in the Drizzle schema (db/schema.ts).
const SELECT_ROW = sql`SELECT last_version, min_cursor, space_order_epoch, commit_token FROM sync_state WHERE id = ${ROW_ID}`;

function toSyncState(rows: ReadonlyArray<Record<string, unknown>>): SyncState {
  const row = rows[0];
  if (!row) throw new Error('sync_state has no row: the migrations did not run.');
  return {
    lastVersion: toNumber(row.last_version),
    minCursor: toNumber(row.min_cursor),
    spaceOrderEpoch: toNumber(row.space_order_epoch),
    commitToken: String(row.commit_token),
  };
}

export async function readSyncState(db: Executor): Promise<SyncState> {
  return toSyncState(await queryRows(db, SELECT_ROW));
}

/** Reads the row and locks it until the transaction ends: the push lock. */
export async function lockSyncState(tx: Tx): Promise<SyncState> {
  return toSyncState(await queryRows(tx, sql`${SELECT_ROW} FOR UPDATE`));
}

export async function saveSyncState(
  tx: Tx,
  update: { lastVersion: number; bumpSpaceOrder: boolean; minCursor?: number },
): Promise<void> {
  await tx
    .update(syncState)
    .set({
      lastVersion: update.lastVersion,
      ...(update.minCursor === undefined ? {} : { minCursor: update.minCursor }),
      ...(update.bumpSpaceOrder ? { spaceOrderEpoch: sql`${syncState.spaceOrderEpoch} + 1` } : {}),
    })
    .where(eq(syncState.id, ROW_ID));
}
