import { cryptoRandomBytes, takeRandomBytes, toHex } from '../ids/random-bytes.ts';
import type { RandomBytes } from '../ids/random-bytes.ts';
import { HlcCounterOverflowError, HlcDriftError, HlcTimeError } from './hlc-errors.ts';
import { formatHlc, HLC_MAX_COUNTER, HLC_MAX_WALL_MS, isNodeId, isWallMs, parseHlc } from './hlc-stamp.ts';
import type { HlcTimestamp } from './hlc-stamp.ts';

/**
 * The clock of one replica: the last (wallMs, counter) it issued or saw, and its node id. It is a plain
 * value the caller keeps (and persists after a commit): this module holds no state.
 */
export type HlcState = { wallMs: number; counter: number; nodeId: string };

export interface HlcOptions {
  /** How far a remote stamp may be ahead of our wall clock before it is refused. Default 7 days. */
  maxDriftMs?: number;
  /**
   * When the counter passes 0xffff in one logical millisecond: `'throw'` (default) raises
   * {@link HlcCounterOverflowError}; `'advance'` moves the logical time 1 ms ahead and goes on.
   */
  onCounterOverflow?: 'throw' | 'advance';
}

export const HLC_DEFAULT_MAX_DRIFT_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh clock for `nodeId` (16 lowercase hex characters). */
export function createHlc(nodeId: string): HlcState {
  if (!isNodeId(nodeId)) throw new RangeError(`Not an HLC node id: ${JSON.stringify(nodeId)}.`);
  return { wallMs: 0, counter: 0, nodeId };
}

/** A random node id for a new replica. */
export function randomNodeId(random: RandomBytes = cryptoRandomBytes): string {
  return toHex(takeRandomBytes(random, 8).slice(0, 8));
}

function checkWall(wallNow: number): void {
  if (!isWallMs(wallNow)) throw new HlcTimeError(wallNow);
}

function settle(wallMs: number, counter: number, nodeId: string, options: HlcOptions): HlcState {
  if (counter <= HLC_MAX_COUNTER) return { wallMs, counter, nodeId };
  if (options.onCounterOverflow === 'advance' && wallMs < HLC_MAX_WALL_MS) {
    return { wallMs: wallMs + 1, counter: 0, nodeId };
  }
  throw new HlcCounterOverflowError(wallMs);
}

/** A local event: the next state and the stamp to put on the change. Stamps strictly increase. */
export function hlcTick(
  state: HlcState,
  wallNow: number,
  options: HlcOptions = {},
): { state: HlcState; stamp: string } {
  checkWall(wallNow);
  const wallMs = Math.max(state.wallMs, wallNow);
  const counter = wallMs === state.wallMs ? state.counter + 1 : 0;
  const next = settle(wallMs, counter, state.nodeId, options);
  return { state: next, stamp: formatHlc(next) };
}

/**
 * Merges a stamp received from another replica. The new state is later than both the old state and the
 * remote stamp, so every later local stamp sorts after what was received. A remote stamp more than
 * `maxDriftMs` ahead of `wallNow` is refused with {@link HlcDriftError}, leaving the state unchanged.
 */
export function hlcReceive(
  state: HlcState,
  remoteStamp: string | HlcTimestamp,
  wallNow: number,
  options: HlcOptions = {},
): HlcState {
  checkWall(wallNow);
  const remote = typeof remoteStamp === 'string' ? parseHlc(remoteStamp) : parseHlc(formatHlc(remoteStamp));
  const maxDriftMs = options.maxDriftMs ?? HLC_DEFAULT_MAX_DRIFT_MS;
  if (remote.wallMs - wallNow > maxDriftMs) throw new HlcDriftError(remote.wallMs, wallNow, maxDriftMs);
  const wallMs = Math.max(state.wallMs, remote.wallMs, wallNow);
  let counter = 0;
  if (wallMs === state.wallMs && wallMs === remote.wallMs)
    counter = Math.max(state.counter, remote.counter) + 1;
  else if (wallMs === state.wallMs) counter = state.counter + 1;
  else if (wallMs === remote.wallMs) counter = remote.counter + 1;
  return settle(wallMs, counter, state.nodeId, options);
}

/** The stamp a state stands for (the last one issued or merged). */
export function hlcStampOf(state: HlcState): string {
  return formatHlc(state);
}
