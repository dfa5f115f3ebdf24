import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';

/**
 * A change notice: the latest version a push produced and the spaces it touched (null: any space, when
 * the list would not fit a NOTIFY payload). Carried by PostgreSQL NOTIFY, sent inside the push
 * transaction so it is delivered exactly when the changes commit, to every server instance listening.
 */
export interface ChangeNotice {
  version: number;
  spaceIds: string[] | null;
}

/**
 * The grants of a user changed (granted, revoked, signed out everywhere): their open live sockets close, so
 * each reconnects and reads the grants again — a socket never goes on serving spaces it had at connect
 * time. Carried on the same channel as change notices, so every instance hears it in commit order: a push
 * made after the revoke is never told on the revoked socket.
 */
export interface GrantsNotice {
  type: 'grants';
  userId: string;
}

export type LiveNotice = ChangeNotice | GrantsNotice;

/** NOTIFY payloads must stay under 8000 bytes. */
const MAX_PAYLOAD_BYTES = 7_000;

export function encodeNotice(notice: ChangeNotice): string {
  const payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ version: notice.version, spaceIds: null });
}

export function decodeNotice(payload: string): LiveNotice | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return null;
    const { version, spaceIds, type, userId } = value as Record<string, unknown>;
    if (type === 'grants') return typeof userId === 'string' ? { type, userId } : null;
    if (!Number.isSafeInteger(version)) return null;
    if (spaceIds === null) return { version: Number(version), spaceIds: null };
    if (!Array.isArray(spaceIds) || !spaceIds.every((id) => typeof id === 'string')) return null;
    return { version: Number(version), spaceIds: spaceIds as string[] };
  } catch {
    return null;
  }
}

/**
 * Tells every instance that a user's grants changed; send it inside the transaction that changes them, so
 * it is delivered when (and only if) the change commits.
 */
export async function publishGrantsChanged(tx: Tx, channel: string, userId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${channel}, ${encodeGrantsNotice(userId)})`);
}

/** The payload of a grants notice (a push group that gives a grant sends it with its change notices). */
export function encodeGrantsNotice(userId: string): string {
  const notice: GrantsNotice = { type: 'grants', userId };
  return JSON.stringify(notice);
}
