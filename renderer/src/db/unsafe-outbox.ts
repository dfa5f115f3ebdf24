import type { Transaction } from 'dexie';
import { fieldLabels } from '../../../shared/domain/field-labels.ts';
import { isEntityName } from '../../../shared/domain/registry.ts';
import { describeUnsafeText, findUnsafeText } from '../../../shared/text/unsafe-text.ts';
import type { HistoryEntry, OutboxEntry, RejectedEntry } from './local-rows.ts';

/**
 * A repair for machines in use: outboxes written before the text rule may hold a change with a NUL, a
 * lone surrogate or a control character, which the server refused whole and the client resent forever.
 * Each such change moves to the refused list with the reason (the user's values kept, copyable), and the
 * fields it wrote go back to the values they had before it, where no later edit replaced them.
 */
export async function quarantineUnsafeOutbox(tx: Transaction, now: number): Promise<number> {
  const outbox = tx.table<OutboxEntry, number>('outbox');
  const poisoned = (await outbox.toArray()).filter((entry) => findUnsafeText(entry) !== null);
  for (const entry of poisoned) {
    const found = findUnsafeText(entry);
    if (!found || entry.seq === undefined) continue;
    const field = found.path[0] === 'fields' ? (found.path[1] ?? '') : (found.path[0] ?? '');
    const label = fieldLabels[field] ?? field;
    const { seq: _seq, ...change } = entry;
    const refused: RejectedEntry = {
      ...change,
      rejectedAt: now,
      code: 'invalid',
      reason: `${label}: ${describeUnsafeText(found.kind)}. Thay đổi này không thể gửi lên máy chủ; hãy sửa lại nội dung.`,
      message: { key: 'unsafe_text', params: { field, kind: found.kind } },
      ...(entry.base === undefined && !entry.deleted ? { draft: true } : {}),
    };
    await tx.table<RejectedEntry, number>('rejected').add(refused);
    await outbox.delete(entry.seq);
    if (entry.base !== undefined) await putBack(tx, entry);
  }
  return poisoned.length;
}

/** The fields an edit wrote take back the value and stamp they had before it (its `base`). */
async function putBack(tx: Transaction, entry: OutboxEntry): Promise<void> {
  if (!isEntityName(entry.entity)) return;
  const table = tx.table<Record<string, unknown> & { _clock: Record<string, string> }, string>(entry.entity);
  const record = await table.get(entry.recordId);
  if (!record) return;
  const history = await tx
    .table<HistoryEntry, number>('history')
    .where('[entity+recordId]')
    .equals([entry.entity, entry.recordId])
    .toArray();
  const next: Record<string, unknown> & { _clock: Record<string, string> } = {
    ...record,
    _clock: { ...record._clock },
  };
  const unset = new Set<string>();
  for (const field of Object.keys(entry.fields)) {
    if (next._clock[field] !== entry.hlc) continue;
    const before = entry.base?.[field] ?? null;
    if (before === null) {
      unset.add(field); // never set before the edit: it goes away again
      continue;
    }
    next._clock[field] = before;
    next[field] = history.find((row) => row.field === field && row.hlc === entry.hlc)?.oldValue ?? null;
  }
  const kept = Object.fromEntries(Object.entries(next).filter(([field]) => !unset.has(field)));
  const clock = Object.fromEntries(Object.entries(next._clock).filter(([field]) => !unset.has(field)));
  await table.put({ ...kept, _clock: clock });
}
