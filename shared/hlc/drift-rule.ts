import { formatHlc, parseHlc } from './hlc-stamp.ts';

/**
 * The drift rule, one for every place a stamp arrives (push, pull, snapshot, restore): a stamp more than
 * {@link MAX_STAMP_AHEAD_MS} ahead of the receiver's (server-corrected) time is re-stamped to that time.
 * A machine whose clock is fast, or a user who sends a stamp days ahead, cannot pin a field: the next honest
 * edit, stamped with the real time, still wins. Clients stamp with server-corrected time, so an honest
 * edit is never re-stamped once the client has synced once.
 */
export const MAX_STAMP_AHEAD_MS = 5 * 60 * 1000;

export function isTooFarAhead(stamp: string, correctedNow: number): boolean {
  return parseHlc(stamp).wallMs - correctedNow > MAX_STAMP_AHEAD_MS;
}

/**
 * The stamp to keep: `stamp` itself when it passes the rule, otherwise `correctedNow` with the same node
 * and `counter`. Several stamps re-stamped in one go (one push, one restore) pass increasing counters, in
 * the order they were made, so they keep their order within the millisecond.
 */
export function restampIfAhead(stamp: string, correctedNow: number, counter = 0): string {
  if (!isTooFarAhead(stamp, correctedNow)) return stamp;
  const { nodeId } = parseHlc(stamp);
  return formatHlc({ wallMs: Math.floor(correctedNow), counter, nodeId });
}
