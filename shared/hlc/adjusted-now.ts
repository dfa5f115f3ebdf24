/**
 * The local wall clock corrected by an offset measured against the server (server − local, in ms), as a
 * whole number of ms. A non-finite offset (not measured yet) is ignored.
 */
export function adjustedNow(localNow: number, offsetMs: number): number {
  const offset = Number.isFinite(offsetMs) ? offsetMs : 0;
  return Math.max(0, Math.round(localNow + offset));
}
