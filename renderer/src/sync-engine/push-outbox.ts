import { entityNames } from '../../../shared/domain/registry.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import type { PushResponse, PushResult } from '../../../shared/sync/protocol.ts';
import { utf8Length } from '../../../shared/text/unsafe-text.ts';
import type { LocalDb, OutboxEntry } from '../db/local-db.ts';
import { restampAccepted } from './accepted-stamps.ts';
import { refusedEntry, revertRefused } from './refusal.ts';
import { TransportError, type SyncTransport } from './transport.ts';

export const PUSH_BATCH_CHANGES = 500;
/**
 * UTF-8 bytes of one push's changes, as the server and IPC count a body: well under the server's push
 * limit (5 MiB) and the IPC channel's (6 MB), with room for the envelope.
 */
export const PUSH_BATCH_BYTES = 2_000_000;

/** What travels: the change without the outbox's own fields. */
function wire({ seq: _seq, createdAt: _at, ...change }: OutboxEntry): RecordChange {
  return change;
}

/** The oldest outbox entries that fit in one push, by count and by UTF-8 size (one at least). */
async function nextBatch(db: LocalDb, maxChanges: number): Promise<OutboxEntry[]> {
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  await db.outbox
    .orderBy('seq')
    .until(() => batch.length >= maxChanges || bytes >= PUSH_BATCH_BYTES)
    .each((entry) => {
      const size = utf8Length(JSON.stringify(wire(entry)));
      if (batch.length > 0 && bytes + size > PUSH_BATCH_BYTES) {
        bytes = PUSH_BATCH_BYTES; // full: stop before this one
        return;
      }
      batch.push(entry);
      bytes += size;
    });
  return batch;
}

/**
 * Records the server's answer in one transaction. Accepted changes leave the outbox (and take the
 * server's stamp when it re-stamped them by the drift rule). A refused change never just vanishes: its
 * fields go back to what the server holds (where no later edit has replaced them), and the user's values
 * move to "Thay đổi không được chấp nhận" with the reason — a refused create stays as a local draft.
 */
async function settle(db: LocalDb, batch: OutboxEntry[], results: readonly PushResult[], now: number) {
  const byId = new Map(batch.map((entry) => [entry.changeId, entry]));
  const tables = [
    ...entityNames.map((name) => db.table(name)),
    db.outbox,
    db.rejected,
    db.conflicts,
    db.history,
  ];
  await db.transaction('rw', tables, async () => {
    for (const result of results) {
      const entry = byId.get(result.changeId);
      if (!entry || entry.seq === undefined) continue;
      await db.outbox.delete(entry.seq);
      if (result.status === 'accepted') {
        if (result.conflicts.length > 0) await db.conflicts.bulkPut(result.conflicts);
        if (result.hlc !== undefined && result.hlc !== entry.hlc)
          await restampAccepted(db, entry, result.hlc);
      } else {
        await revertRefused(db, entry, result);
        await db.rejected.put(refusedEntry(entry, result, now));
      }
    }
  });
}

/** A change the server (or the IPC channel) cannot take at all, alone in its push: refused here. */
function refusedWhole(entry: OutboxEntry, error: TransportError): PushResult {
  return {
    changeId: entry.changeId,
    status: 'rejected',
    code: 'invalid',
    reason: `Máy chủ không nhận thay đổi này: ${error.message}`,
    message: { key: 'request_refused', params: { detail: error.message } },
  };
}

export interface PushReport {
  accepted: number;
  rejected: number;
}

/**
 * Pushes the whole outbox, batch after batch. A retried batch is harmless: change ids make it a no-op.
 * A batch the server refuses whole (400, or 413 too large) is split in halves until the one change at
 * fault stands alone; that change is refused on this machine, kept with the reason, and the rest goes on —
 * so one bad change can never hold the outbox (and everything behind it) back.
 */
export async function pushOutbox(
  db: LocalDb,
  transport: SyncTransport,
  now: () => number,
): Promise<PushReport> {
  const report: PushReport = { accepted: 0, rejected: 0 };
  let maxChanges = PUSH_BATCH_CHANGES;
  for (;;) {
    const batch = await nextBatch(db, maxChanges);
    if (batch.length === 0) return report;
    let response: PushResponse;
    try {
      response = await transport.push(batch.map(wire));
    } catch (error) {
      if (!(error instanceof TransportError) || error.code !== 'invalid_request') throw error;
      if (batch.length > 1) {
        maxChanges = Math.ceil(batch.length / 2);
        continue;
      }
      const [only] = batch as [OutboxEntry];
      await settle(db, batch, [refusedWhole(only, error)], now());
      report.rejected += 1;
      continue;
    }
    await settle(db, batch, response.results, now());
    for (const result of response.results)
      report[result.status === 'accepted' ? 'accepted' : 'rejected'] += 1;
    const answered = new Set(response.results.map((r) => r.changeId));
    if (batch.every((entry) => !answered.has(entry.changeId))) return report;
    maxChanges = Math.min(PUSH_BATCH_CHANGES, maxChanges * 2);
  }
}
