import { entityNames } from '../../../shared/domain/registry.ts';
import { createHlc, hlcTick, isTooFarAhead, MAX_STAMP_AHEAD_MS } from '../../../shared/hlc/index.ts';
import type { LocalDb, OutboxEntry } from '../db/local-db.ts';
import { restampRecord } from './accepted-stamps.ts';
import { loadSyncState } from './sync-state.ts';

/**
 * The drift rule on this machine's own stamps. A machine whose clock ran fast before it ever synced has
 * stamped its edits (and its clock) ahead of the server's time. Once the round has learned the server's
 * time, edits still in the outbox that are more than the rule allows ahead are re-stamped, in the order
 * they were made, to the corrected time; the records they wrote, and the `base` of later edits, follow;
 * the clock is set back so new edits sort after the re-stamped ones and not days ahead. Nothing is done
 * (one read) when the clock is within the rule, which is every round but the first of a fast machine.
 */
export async function rebaseFutureStamps(db: LocalDb, wallNow: number): Promise<number> {
  const corrected = wallNow + (await loadSyncState(db)).clockOffsetMs;
  const clockRow = await db.meta.get('clock');
  const clock = clockRow?.key === 'clock' ? clockRow.value : null;
  if (!clock || clock.wallMs - corrected <= MAX_STAMP_AHEAD_MS) return 0;
  const tables = [...entityNames.map((name) => db.table(name)), db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    let state = createHlc(clock.nodeId);
    const renamed = new Map<string, string>();
    const entries = await db.outbox.orderBy('seq').toArray();
    const rewritten: OutboxEntry[] = [];
    for (const entry of entries) {
      const base = entry.base && rebaseMap(entry.base, renamed);
      if (!isTooFarAhead(entry.hlc, corrected)) {
        if (base !== entry.base) rewritten.push({ ...entry, ...(base ? { base } : {}) });
        continue;
      }
      const tick = hlcTick(state, corrected, { onCounterOverflow: 'advance' });
      state = tick.state;
      renamed.set(entry.hlc, tick.stamp);
      rewritten.push({ ...entry, hlc: tick.stamp, ...(base ? { base } : {}) });
      await restampRecord(db, entry, tick.stamp);
    }
    await db.outbox.bulkPut(rewritten);
    await db.meta.put({ key: 'clock', value: { ...state, wallMs: Math.max(state.wallMs, corrected) } });
    return renamed.size;
  });
}

function rebaseMap(
  base: Record<string, string | null>,
  renamed: ReadonlyMap<string, string>,
): Record<string, string | null> {
  let changed = false;
  const next: Record<string, string | null> = {};
  for (const [field, stamp] of Object.entries(base)) {
    const renamedStamp = stamp === null ? undefined : renamed.get(stamp);
    next[field] = renamedStamp ?? stamp;
    if (renamedStamp !== undefined) changed = true;
  }
  return changed ? next : base;
}

/**
 * The fields a queued edit wrote keep the edit's new stamp, unless a later write has replaced them; so do
 * its element operations on id lists (shared/sync/set-state.ts), whatever came after them.
 */
