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

/** NOTIFY payloads must stay under 8000 bytes. */
const MAX_PAYLOAD_BYTES = 7_000;

export function encodeNotice(notice: ChangeNotice): string {
  const payload = JSON.stringify(notice);
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES) return payload;
  return JSON.stringify({ version: notice.version, spaceIds: null });
}

export function decodeNotice(payload: string): ChangeNotice | null {
  try {
    const value: unknown = JSON.parse(payload);
    if (typeof value !== 'object' || value === null) return null;
    const { version, spaceIds } = value as Record<string, unknown>;
    if (!Number.isSafeInteger(version)) return null;
    if (spaceIds === null) return { version: Number(version), spaceIds: null };
    if (!Array.isArray(spaceIds) || !spaceIds.every((id) => typeof id === 'string')) return null;
    return { version: Number(version), spaceIds: spaceIds as string[] };
  } catch {
    return null;
  }
}

export async function publishNotice(tx: Tx, channel: string, notice: ChangeNotice): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${channel}, ${encodeNotice(notice)})`);
}
