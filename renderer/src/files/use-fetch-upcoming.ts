import { useEffect } from 'react';
import { useDb } from '../db/db-context.tsx';
import { useApi } from '../platform/api-context.tsx';
import { useSyncStore } from '../state/sync-store.ts';
import { upcomingFiles } from './upcoming-files.ts';

/**
 * After every sync round that worked, asks main to fetch the materials of the meetings of the coming
 * week, so they open at the ward office without a connection. Files already here cost nothing: main
 * answers them from its store.
 */
export function useFetchUpcoming(): void {
  const { db } = useDb();
  const api = useApi();
  const lastSyncAt = useSyncStore((state) => state.lastSyncAt);
  useEffect(() => {
    if (lastSyncAt === null) return;
    void upcomingFiles(db, Date.now()).then((files) => {
      if (files.length === 0) return;
      const blobs = files.map(({ sha256, spaceId, size }) => ({ sha256, spaceId, size }));
      return api.invoke('files.fetch', { blobs });
    });
  }, [db, api, lastSyncAt]);
}
