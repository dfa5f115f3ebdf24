import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_PRESENCE_USERS, presenceUserSchema, type PresenceUser } from '../../shared/sync/protocol.ts';
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

/**
 * One server instance's viewers of a document (server/live/presence-hub.ts): sent when they change and
 * again every few seconds, each replacing that instance's previous set until it expires. Not sent in a
 * transaction: nothing is stored, and a lost one is made up by the next announcement.
 */
export interface PresenceNotice {
  type: 'presence';
  instanceId: string;
  docId: string;
  users: PresenceUser[];
}

export type LiveNotice = ChangeNotice | GrantsNotice | DocumentNotice | PresenceNotice;

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
    if (type === 'presence') return decodePresenceNotice(value);
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

const presenceNoticeSchema = z
  .object({
    type: z.literal('presence'),
    instanceId: z.string().max(100),
    docId: z.string().max(200),
    users: z.array(presenceUserSchema).max(MAX_PRESENCE_USERS),
  })
  .strict();

function decodePresenceNotice(value: unknown): PresenceNotice | null {
  const parsed = presenceNoticeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * The payload of a presence notice, under NOTIFY's limit: if the names do not fit, the last users are left
 * out (about 40 fit with long Vietnamese names; a document is rarely open on more than a few machines).
 */
export function encodePresenceNotice(notice: PresenceNotice): string {
  let users = notice.users;
  for (;;) {
    const payload = JSON.stringify({ ...notice, users });
    if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES || users.length === 0) return payload;
    users = users.slice(0, -1);
  }
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
