import type { LocalDb, SyncState } from '../db/local-db.ts';

export const initialSyncState: SyncState = {
  cursor: 0,
  snapshotAfter: null,
  snapshotDone: false,
  lastSyncAt: null,
  clockOffsetMs: 0,
  userId: null,
  spaces: [],
};

export async function loadSyncState(db: LocalDb): Promise<SyncState> {
  const row = await db.meta.get('sync');
  return row?.key === 'sync' ? { ...initialSyncState, ...row.value } : initialSyncState;
}

/** Changes part of the sync state; call inside the transaction whose work it records. */
export async function updateSyncState(db: LocalDb, patch: Partial<SyncState>): Promise<SyncState> {
  const next = { ...(await loadSyncState(db)), ...patch };
  await db.meta.put({ key: 'sync', value: next });
  return next;
}

/** The offset from a server time seen at the end of a request: half the round trip is the best guess. */
export function clockOffsetFrom(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime + (receivedAt - sentAt) / 2 - receivedAt);
}
