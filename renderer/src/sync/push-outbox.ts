import type { PushResponse } from '../../../shared/sync/protocol.ts';
import type { LocalDb, OutboxEntry } from '../db/local-db.ts';
import type { SyncTransport } from './transport.ts';

export const PUSH_BATCH_CHANGES = 500;
export const PUSH_BATCH_BYTES = 3_000_000;

/** The oldest outbox entries that fit in one push, by count and by size. */
async function nextBatch(db: LocalDb): Promise<OutboxEntry[]> {
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  await db.outbox
    .orderBy('seq')
    .until(() => batch.length >= PUSH_BATCH_CHANGES || bytes >= PUSH_BATCH_BYTES)
    .each((entry) => {
      batch.push(entry);
      bytes += JSON.stringify(entry).length;
    });
  return batch;
}

/**
 * Records the server's answer in one transaction: accepted changes leave the outbox; rejected ones move to
 * the "not accepted" list with the server's reason (never dropped); conflicts go to the inbox.
 */
async function settle(db: LocalDb, batch: OutboxEntry[], response: PushResponse, now: number) {
  const byId = new Map(batch.map((entry) => [entry.changeId, entry]));
  await db.transaction('rw', [db.outbox, db.rejected, db.conflicts], async () => {
    for (const result of response.results) {
      const entry = byId.get(result.changeId);
      if (!entry || entry.seq === undefined) continue;
      await db.outbox.delete(entry.seq);
      if (result.status === 'accepted') {
        if (result.conflicts.length > 0) await db.conflicts.bulkPut(result.conflicts);
      } else {
        const { seq: _seq, ...change } = entry;
        await db.rejected.put({ ...change, rejectedAt: now, code: result.code, reason: result.reason });
      }
    }
  });
}

export interface PushReport {
  accepted: number;
  rejected: number;
  serverTimes: number[];
}

/** Pushes the whole outbox, batch after batch. A retried batch is harmless: change ids make it a no-op. */
export async function pushOutbox(
  db: LocalDb,
  transport: SyncTransport,
  now: () => number,
): Promise<PushReport> {
  const report: PushReport = { accepted: 0, rejected: 0, serverTimes: [] };
  for (;;) {
    const batch = await nextBatch(db);
    if (batch.length === 0) return report;
    const response = await transport.push(batch.map(({ seq: _seq, createdAt: _at, ...change }) => change));
    await settle(db, batch, response, now());
    report.serverTimes.push(response.serverTime);
    for (const result of response.results)
      report[result.status === 'accepted' ? 'accepted' : 'rejected'] += 1;
    const answered = new Set(response.results.map((r) => r.changeId));
    if (batch.every((entry) => !answered.has(entry.changeId))) return report;
  }
}
