import type { RandomBytes } from '../ids/index.ts';

/** The seed of the demo's ids when the caller passes no random source: "LB", for Long Biên. */
export const DEMO_SEED = 0x4c42;

/**
 * A deterministic byte source (mulberry32) for reproducible ids: the same seed gives the same bytes.
 * Not for secrets — only for demo and test data.
 */
export function seededRandomBytes(seed: number): RandomBytes {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = next() & 0xff;
    return bytes;
  };
}
