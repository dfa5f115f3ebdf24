import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LocalDb } from './local-db.ts';
import type { WriteContext } from './write.ts';

interface DbValue {
  db: LocalDb;
  write: WriteContext;
}

const DbContext = createContext<DbValue | null>(null);

export function DbProvider(props: {
  db: LocalDb;
  actorId: string | null;
  now?: () => number;
  children: ReactNode;
}) {
  const { db, actorId, now } = props;
  const value = useMemo(() => ({ db, write: { db, actorId, now: now ?? Date.now } }), [db, actorId, now]);
  return <DbContext.Provider value={value}>{props.children}</DbContext.Provider>;
}

/** The profile's working copy and the context every edit is written with. */
export function useDb(): DbValue {
  const value = useContext(DbContext);
  if (!value) throw new Error('useDb outside DbProvider');
  return value;
}
