import { create } from 'zustand';
import type { SyncUser } from '../../../shared/sync/protocol.ts';
import type { SyncProgress } from '../sync-engine/engine.ts';

export type SyncPhase =
  'signed_out' | 'idle' | 'syncing' | 'offline' | 'error' | 'update_required' | 'confirm_deletion';

/** What the status bar and the sync panel show; the records themselves stay in Dexie. */
export interface SyncStatus {
  phase: SyncPhase;
  serverUrl: string | null;
  user: SyncUser | null;
  lastSyncAt: number | null;
  progress: SyncProgress | null;
  error: string | null;
  massDeletion: { deletions: number; liveRecords: number } | null;
  set(patch: Partial<Omit<SyncStatus, 'set'>>): void;
}

export const useSyncStore = create<SyncStatus>()((set) => ({
  phase: 'signed_out',
  serverUrl: null,
  user: null,
  lastSyncAt: null,
  progress: null,
  error: null,
  massDeletion: null,
  set: (patch) => set(patch),
}));
