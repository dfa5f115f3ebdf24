import { useEffect, useState } from 'react';
import { useDb } from '../db/db-context.tsx';
import { documentRegistryFor, type OpenDocument } from './open-document.ts';

/**
 * The open document for an editor: opened from the local rows (offline first), released when the editor
 * goes, opened again when the sync had to evict it (its copy was set aside). Null while it opens.
 */
export function useDocument(docId: string): OpenDocument | null {
  const { db } = useDb();
  const [open, setOpen] = useState<OpenDocument | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const registry = documentRegistryFor(db);
    let release: (() => void) | null = null;
    let cancelled = false;
    void registry.acquire(docId).then((acquired) => {
      if (cancelled) return acquired.release();
      release = acquired.release;
      setOpen(acquired.open);
    });
    const offEvicted = registry.onEvicted((evicted) => {
      if (evicted !== docId) return;
      setOpen(null);
      setGeneration((value) => value + 1);
    });
    return () => {
      cancelled = true;
      offEvicted();
      release?.();
      setOpen(null);
    };
  }, [db, docId, generation]);

  return open;
}
