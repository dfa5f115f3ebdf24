import { useEffect, useState } from 'react';
import type { Api } from '../../../shared/ipc/api.ts';
import type { EntityName } from '../../../shared/domain/registry.ts';
import type { LocalDb } from '../db/local-db.ts';
import type { HistoryEntry } from '../db/local-rows.ts';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';

/**
 * A record's history as the server's audit log keeps it (every accepted field, who, when), as history lines.
 * A record that first reached this machine whole (a snapshot) has no history here: the server's is the
 * whole story, so the screens show it when the server can be asked. Null when it cannot (offline, signed out).
 */
export async function fetchServerHistory(
  api: Api,
  entity: EntityName,
  recordId: string,
): Promise<HistoryEntry[] | null> {
  const result = await api.invoke('sync.history', { entity, id: recordId });
  if (!result.ok) return null;
  return result.value.entries.map((entry) => ({
    entity,
    recordId,
    field: entry.field,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
    // Not a stamp: the lines of one accepted change share it, and `at` is when the server took it.
    hlc: `server:${entry.version}`,
    actorId: entry.userId,
    actor: entry.userId === null ? null : { kind: 'account', userId: entry.userId },
    at: entry.at,
    origin: 'remote',
  }));
}

/** The local lines the server does not have yet: those of changes still waiting in the outbox. */
export async function pendingLines(
  db: LocalDb,
  recordId: string,
  local: readonly HistoryEntry[],
): Promise<HistoryEntry[]> {
  const waiting = await db.outbox.where('recordId').equals(recordId).toArray();
  const stamps = new Set(waiting.map((change) => change.hlc));
  return local.filter((entry) => entry.origin === 'local' && stamps.has(entry.hlc));
}

/** The server's history of a record, asked again after each sync round; null until (or unless) it answers. */
export function useServerHistory(entity: EntityName, recordId: string): HistoryEntry[] | null {
  const api = useApi();
  const lastSyncAt = useSyncStore((state) => state.lastSyncAt);
  const signedIn = useSyncStore((state) => state.user !== null);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    void fetchServerHistory(api, entity, recordId)
      .catch(() => null)
      .then((found) => {
        if (current) setEntries(found);
      });
    return () => {
      current = false;
    };
  }, [api, entity, recordId, lastSyncAt, signedIn]);
  // Signed out: what this machine saw (an answer from before sign-out is not shown).
  return signedIn ? entries : null;
}
