import { z } from 'zod';
import { HlcParseError, HlcTimeError } from './hlc-errors.ts';
import { keyedError } from '../domain/vi-issue-message.ts';

/** Largest wall time a stamp holds (15 decimal digits: the year 33658). */
export const HLC_MAX_WALL_MS = 999_999_999_999_999;
/** Largest counter a stamp holds (4 hex digits). */
export const HLC_MAX_COUNTER = 0xffff;

/** `${wallMs: 15 digits}-${counter: 4 hex}-${nodeId: 16 hex}`; fixed widths make string order causal order. */
export const HLC_PATTERN = /^(\d{15})-([0-9a-f]{4})-([0-9a-f]{16})$/;
/** A node id: 16 lowercase hex characters, one per replica. */
export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;

/** The three parts of a stamp. */
export interface HlcTimestamp {
  wallMs: number;
  counter: number;
  nodeId: string;
}

export function isNodeId(value: unknown): value is string {
  return typeof value === 'string' && NODE_ID_PATTERN.test(value);
}

export function isWallMs(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= HLC_MAX_WALL_MS;
}

/** Writes a stamp; throws on parts it cannot hold. */
export function formatHlc(timestamp: HlcTimestamp): string {
  const { wallMs, counter, nodeId } = timestamp;
  if (!isWallMs(wallMs)) throw new HlcTimeError(wallMs);
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > HLC_MAX_COUNTER) {
    throw new RangeError(`HLC counter out of range: ${counter}.`);
  }
  if (!isNodeId(nodeId)) throw new RangeError(`Not an HLC node id: ${JSON.stringify(nodeId)}.`);
  return `${String(wallMs).padStart(15, '0')}-${counter.toString(16).padStart(4, '0')}-${nodeId}`;
}

/** Reads a stamp; throws {@link HlcParseError} on anything else. */
export function parseHlc(stamp: string): HlcTimestamp {
  const match = HLC_PATTERN.exec(stamp);
  if (!match?.[1] || !match[2] || !match[3]) throw new HlcParseError(String(stamp));
  return { wallMs: Number(match[1]), counter: Number.parseInt(match[2], 16), nodeId: match[3] };
}

/** Causal order of two stamps: −1, 0 or 1. Both must be well formed. */
export function compareHlc(a: string, b: string): -1 | 0 | 1 {
  if (!HLC_PATTERN.test(a)) throw new HlcParseError(a);
  if (!HLC_PATTERN.test(b)) throw new HlcParseError(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two stamps. */
export function maxHlc(a: string, b: string): string {
  return compareHlc(a, b) >= 0 ? a : b;
}

/** A stamp on the wire or in storage. */
export const hlcSchema = z.string().regex(HLC_PATTERN, keyedError('hlc.invalid'));

export const nodeIdSchema = z.string().regex(NODE_ID_PATTERN, keyedError('hlc.nodeId'));
