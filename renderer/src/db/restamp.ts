import { compareHlc, HLC_MAX_COUNTER, isTooFarAhead, restampIfAhead } from '../../../shared/hlc/index.ts';

/**
 * The drift rule applied to a whole set of stamps at once (a restore): every stamp more than the rule
 * allows ahead of `correctedNow` gets `correctedNow` with increasing counters, in stamp order — so the
 * order among them is kept (an outbox made on one replica is in stamp order, which is its seq order), and
 * one stamp found in several places (a record's field, its outbox entry, its history row, a later
 * change's base) gets the same new stamp everywhere. Past 65,536 of them the millisecond moves on.
 */
export function restamper(stamps: Iterable<string>, correctedNow: number): (stamp: string) => string {
  const ahead = [...new Set(stamps)].filter((stamp) => isTooFarAhead(stamp, correctedNow)).sort(compareHlc);
  const perMs = HLC_MAX_COUNTER + 1;
  const renamed = new Map<string, string>();
  for (const [index, stamp] of ahead.entries()) {
    renamed.set(stamp, restampIfAhead(stamp, correctedNow + Math.floor(index / perMs), index % perMs));
  }
  return (stamp) => renamed.get(stamp) ?? stamp;
}
