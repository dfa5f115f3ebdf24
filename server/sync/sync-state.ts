import { eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../db/database.ts';
import { syncState } from '../db/schema.ts';

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
}

const ROW_ID = 1;

export async function readSyncState(db: Executor): Promise<SyncState> {
  const rows = await db.select().from(syncState).where(eq(syncState.id, ROW_ID));
  const row = rows[0];
  if (!row) throw new Error('sync_state has no row: the migrations did not run.');
  return row;
}

/** Reads the row and locks it until the transaction ends: the push lock. */
export async function lockSyncState(tx: Tx): Promise<SyncState> {
  const rows = await tx.select().from(syncState).where(eq(syncState.id, ROW_ID)).for('update');
  const row = rows[0];
  if (!row) throw new Error('sync_state has no row: the migrations did not run.');
  return row;
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
