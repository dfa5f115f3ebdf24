import {
  createHlc,
  hlcReceive,
  hlcTick,
  isTooFarAhead,
  randomNodeId,
  type HlcState,
} from '../../../shared/hlc/index.ts';
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
 * Merges stamps received from elsewhere (pull, snapshot, restore), so later local stamps sort after them.
 * The drift rule (shared/hlc/drift-rule.ts) holds here too: a stamp more than the rule allows ahead of
 * this machine's server-corrected time does not move the clock, so one bad stamp on the server cannot drag
 * every replica's clock, and every later edit, days ahead. Returns how many stamps were passed over.
 */
export async function receiveStamps(
  db: LocalDb,
  stamps: readonly string[],
  wallNow: number,
): Promise<number> {
  const corrected = wallNow + (await clockOffset(db));
  // Stamps sort as strings: the clock only needs to pass the latest one the rule lets through.
  let latest = '';
  let skipped = 0;
  for (const stamp of stamps) {
    if (stamp <= latest) continue;
    if (isTooFarAhead(stamp, corrected)) skipped += 1;
    else latest = stamp;
  }
  if (!latest) return skipped;
  const state = hlcReceive(await loadClock(db), latest, corrected, {
    onCounterOverflow: 'advance',
    maxDriftMs: Number.POSITIVE_INFINITY,
  });
  await db.meta.put({ key: 'clock', value: state });
  return skipped;
}
