import { isSafeText } from '../../../shared/text/unsafe-text.ts';

/**
 * The opaque `after` of a snapshot page: where the next page starts (a space and the last record sent in
 * it), the cursor the snapshot began at, and the space-order epoch it was paged in.
 */
export interface SnapshotPosition {
  cursor: number;
  epoch: number;
  rank: number;
  spaceId: string;
  entity: string;
  id: string;
}

export function encodePosition(position: SnapshotPosition): string {
  const { cursor, epoch, rank, spaceId, entity, id } = position;
  return Buffer.from(JSON.stringify([1, cursor, epoch, rank, spaceId, entity, id])).toString('base64url');
}

/** The position in `after`, or null when it is not one this server wrote. */
export function decodePosition(after: string): SnapshotPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 7 || value[0] !== 1) return null;
    const [, cursor, epoch, rank, spaceId, entity, id] = value as unknown[];
    if (!Number.isSafeInteger(cursor) || !Number.isSafeInteger(epoch) || !Number.isSafeInteger(rank))
      return null;
    if (typeof spaceId !== 'string' || typeof entity !== 'string' || typeof id !== 'string') return null;
    // The client hands `after` back and could alter it: its strings go into a query, where a NUL would
    // make PostgreSQL fail the request (500) instead of refusing it (400).
    if (![spaceId, entity, id].every((text) => isSafeText(text, { allowLineBreaks: false }))) return null;
    return { cursor: Number(cursor), epoch: Number(epoch), rank: Number(rank), spaceId, entity, id };
  } catch {
    return null;
  }
}

/** Whether space (rank, id) comes at or after the position's space in snapshot order. */
export function isAtOrAfter(space: { rank: number; spaceId: string }, position: SnapshotPosition): boolean {
  if (space.rank !== position.rank) return space.rank > position.rank;
  return space.spaceId >= position.spaceId;
}
