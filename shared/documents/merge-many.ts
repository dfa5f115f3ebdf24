import * as Y from 'yjs';

/** Updates merged in one call; Y.mergeUpdatesV2 grows faster than linearly with the number it is given. */
const FAN_IN = 64;

/**
 * Many V2 updates as one, merged in a tree of FAN_IN at a time. Measured on 40,000 typing-sized updates of
 * one client (Node 26, yjs 13.6.33): one Y.mergeUpdatesV2 call took 99 s, this 0.4 s, for the same bytes.
 * A day of typing offline is tens of thousands of rows, so every merge of local rows goes through here.
 */
export function mergeMany(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1 && updates[0]) return updates[0];
  if (updates.length <= FAN_IN) return Y.mergeUpdatesV2([...updates]);
  const level: Uint8Array[] = [];
  for (let at = 0; at < updates.length; at += FAN_IN) {
    level.push(Y.mergeUpdatesV2(updates.slice(at, at + FAN_IN)));
  }
  return mergeMany(level);
}
