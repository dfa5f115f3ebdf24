import { createHlc, hlcReceive, hlcTick, randomNodeId, type HlcState } from '../../../shared/hlc/index.ts';
import type { LocalDb } from './local-db.ts';

/**
 * The replica's hybrid logical clock lives in the `meta` table and is read and written inside the same
 * transaction as the edit it stamps: a rolled-back edit rolls its tick back too, and no clock is held in
 * module state.
 */
async function loadClock(db: LocalDb): Promise<HlcState> {
  const row = await db.meta.get('clock');
  return row?.key === 'clock' ? row.value : createHlc(randomNodeId());
}

/** The server's clock minus ours, as learned at the last sync (0 before the first). */
async function clockOffset(db: LocalDb): Promise<number> {
  const row = await db.meta.get('sync');
  return row?.key === 'sync' ? row.value.clockOffsetMs : 0;
}

/**
 * Stamps a local event with the server-corrected time, so a machine whose clock is days off still orders
 * its edits right. Call inside a transaction that includes `meta`.
 */
export async function tickClock(
  db: LocalDb,
  wallNow: number,
): Promise<{ stamp: string; saved: Promise<unknown> }> {
  // Both rows in one request: an edit's latency is counted in IndexedDB round trips.
  const [clockRow, syncRow] = await db.meta.bulkGet(['clock', 'sync']);
  const clock = clockRow?.key === 'clock' ? clockRow.value : createHlc(randomNodeId());
  const offset = syncRow?.key === 'sync' ? syncRow.value.clockOffsetMs : 0;
  const { state, stamp } = hlcTick(clock, wallNow + offset, { onCounterOverflow: 'advance' });
  // The write is queued in the caller's transaction; the caller awaits it with its own writes.
  return { stamp, saved: db.meta.put({ key: 'clock', value: state }) };
}

/**
 * Merges stamps received from elsewhere, so later local stamps sort after them. `trusted` stamps (this
 * replica's own, from a backup) are taken however far ahead they are; others beyond the drift limit throw.
 */
export async function receiveStamps(
  db: LocalDb,
  stamps: readonly string[],
  wallNow: number,
  options: { trusted?: boolean } = {},
): Promise<void> {
  const corrected = wallNow + (await clockOffset(db));
  let state = await loadClock(db);
  const hlcOptions = {
    onCounterOverflow: 'advance' as const,
    ...(options.trusted ? { maxDriftMs: Number.POSITIVE_INFINITY } : {}),
  };
  for (const stamp of stamps) state = hlcReceive(state, stamp, corrected, hlcOptions);
  await db.meta.put({ key: 'clock', value: state });
}

export async function nodeIdOf(db: LocalDb): Promise<string> {
  const state = await loadClock(db);
  await db.meta.put({ key: 'clock', value: state });
  return state.nodeId;
}
