import { cryptoRandomBytes, takeRandomBytes, toHex } from './random-bytes.ts';
import type { RandomBytes } from './random-bytes.ts';

/** Largest Unix time in milliseconds that fits the 48-bit field of a UUID v7. */
export const UUIDV7_MAX_MS = 2 ** 48 - 1;

const COUNTER_MAX = 0xfff;

function assertTimestamp(now: number): void {
  if (!Number.isSafeInteger(now) || now < 0 || now > UUIDV7_MAX_MS) {
    throw new RangeError(`A UUID v7 needs a Unix time in whole milliseconds within 0..2^48-1, got ${now}.`);
  }
}

/**
 * Lays out the 16 bytes of RFC 9562 §5.7: 48-bit big-endian Unix ms, version 7, 12 bits `randA`,
 * variant 0b10, 62 random bits.
 */
function layout(now: number, randA: number, random: Uint8Array): string {
  const bytes = new Uint8Array(16);
  let time = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((randA >> 8) & 0x0f);
  bytes[7] = randA & 0xff;
  bytes[8] = 0x80 | ((random[0] ?? 0) & 0x3f);
  for (let i = 1; i < 8; i++) bytes[8 + i] = random[i] ?? 0;
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A UUID version 7 (RFC 9562) for the Unix time `now` in ms, lowercase, with 74 random bits. */
export function uuidv7(now: number, random: RandomBytes = cryptoRandomBytes): string {
  assertTimestamp(now);
  const bytes = takeRandomBytes(random, 10);
  const randA = ((bytes[8] ?? 0) << 8) | (bytes[9] ?? 0);
  return layout(now, randA & COUNTER_MAX, bytes);
}

/** Makes UUID v7 values for a given time; see {@link createUuidv7Generator}. */
export type Uuidv7Generator = (now: number) => string;

/**
 * A generator whose ids strictly increase, even for many ids in one millisecond or a clock that steps
 * back: RFC 9562 §6.2 method 1, a 12-bit counter in `rand_a` seeded at random (top bit clear) each new
 * millisecond; when it runs out, or the clock goes back, the timestamp is carried forward by 1 ms.
 * The state lives in the returned closure, never in the module.
 */
export function createUuidv7Generator(random: RandomBytes = cryptoRandomBytes): Uuidv7Generator {
  let lastMs = -1;
  let counter = 0;
  return (now) => {
    assertTimestamp(now);
    const bytes = takeRandomBytes(random, 10);
    if (now > lastMs) {
      lastMs = now;
      counter = (((bytes[8] ?? 0) << 8) | (bytes[9] ?? 0)) & 0x7ff;
    } else if (counter < COUNTER_MAX) {
      counter += 1;
    } else {
      lastMs += 1;
      counter = (((bytes[8] ?? 0) << 8) | (bytes[9] ?? 0)) & 0x7ff;
    }
    assertTimestamp(lastMs);
    return layout(lastMs, counter, bytes);
  };
}
