import { accountActor, personActor } from '../db/actor.ts';
import type { HistoryActor } from '../db/local-db.ts';
import { useSyncStore } from '../state/sync-store.ts';
import { useUiStore } from '../state/ui-store.ts';

/**
 * Who is editing, asked at each write: the signed-in account (the sync store holds the user main
 * reports, at start and at each sign-in or sign-out), else the person chosen as "Tôi là" — unverified,
 * since nobody signed in — else nobody.
 */
export function currentActor(): HistoryActor | null {
  const user = useSyncStore.getState().user;
  if (user) return accountActor(user.id);
  const personId = useUiStore.getState().settings.personId;
  return personId ? personActor(personId) : null;
}
