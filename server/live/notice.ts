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

/**
 * A document's log grew (shared/sync/documents-api.ts): sockets that read its space are told, so an open
 * editor fetches the new row at once. Sent inside the append transaction, like a change notice.
 */
export interface DocumentNotice {
  type: 'document';
  docId: string;
  spaceId: string;
  seq: number;
}

export type LiveNotice = ChangeNotice | GrantsNotice | DocumentNotice;

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
    if (type === 'document') return decodeDocumentNotice(value as Record<string, unknown>);
    if (!Number.isSafeInteger(version)) return null;
    if (spaceIds === null) return { version: Number(version), spaceIds: null };
    if (!Array.isArray(spaceIds) || !spaceIds.every((id) => typeof id === 'string')) return null;
    return { version: Number(version), spaceIds: spaceIds as string[] };
  } catch {
    return null;
  }
}

function decodeDocumentNotice(value: Record<string, unknown>): DocumentNotice | null {
  const { docId, spaceId, seq } = value;
  if (typeof docId !== 'string' || typeof spaceId !== 'string' || !Number.isSafeInteger(seq)) return null;
  return { type: 'document', docId, spaceId, seq: Number(seq) };
}

/** Tells every instance that a document's log grew; send it inside the append's transaction. */
export async function publishDocumentAppended(
  tx: Tx,
  channel: string,
  notice: Omit<DocumentNotice, 'type'>,
): Promise<void> {
  const payload: DocumentNotice = { type: 'document', ...notice };
  await tx.execute(sql`SELECT pg_notify(${channel}, ${JSON.stringify(payload)})`);
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
