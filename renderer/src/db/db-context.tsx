import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ActorSource } from './actor.ts';
import type { CopyPlace } from './copies.ts';
import type { LocalDb } from './local-db.ts';
import type { WriteContext } from './write.ts';

interface DbValue {
  db: LocalDb;
  write: WriteContext;
  /** Where the profile's other working copies are: null in tests that open one copy by hand. */
  copy: CopyPlace | null;
}

const DbContext = createContext<DbValue | null>(null);

export function DbProvider(props: {
  db: LocalDb;
  /** Who edits: the app passes a getter read at each write (`currentActor`), so sign-in needs no reload. */
  actor?: ActorSource;
  /** An account's user id, for tests that know only that; ignored when `actor` is given. */
  actorId?: string | null;
  now?: () => number;
  copy?: CopyPlace;
  children: ReactNode;
}) {
  const { db, actor, actorId, now, copy } = props;
  const value = useMemo(
    () => ({
      db,
      write: {
        db,
        now: now ?? Date.now,
        ...(actor !== undefined ? { actor } : { actorId: actorId ?? null }),
      },
      copy: copy ?? null,
    }),
    [db, actor, actorId, now, copy],
  );
  return <DbContext.Provider value={value}>{props.children}</DbContext.Provider>;
}

/** The open working copy (one per server and account) and the context every edit is written with. */
export function useDb(): DbValue {
  const value = useContext(DbContext);
  if (!value) throw new Error('useDb outside DbProvider');
  return value;
}
