import type { HistoryActor, HistoryEntry } from './local-rows.ts';

/** Who an edit is written as: the actor itself, or asked for at write time (sign-in may change it). */
export type ActorSource = HistoryActor | null | (() => HistoryActor | null);

export function accountActor(userId: string): HistoryActor {
  return { kind: 'account', userId };
}

export function personActor(personId: string): HistoryActor {
  return { kind: 'person', personId, verified: false };
}

/** The actor now: a getter is called at each write, so a sign-in or sign-out needs no reload. */
export function resolveActor(
  source: ActorSource | undefined,
  legacyAccountId?: string | null,
): HistoryActor | null {
  const actor = typeof source === 'function' ? source() : source;
  if (actor !== undefined) return actor;
  return legacyAccountId ? accountActor(legacyAccountId) : null;
}

/** A history row's actor; rows written before `actor` existed name only an account, by `actorId`. */
export function actorOfEntry(entry: Pick<HistoryEntry, 'actor' | 'actorId'>): HistoryActor | null {
  if (entry.actor !== undefined) return entry.actor;
  return entry.actorId ? accountActor(entry.actorId) : null;
}

/** The account id a history row keeps in `actorId` (null for a person or nobody). */
export function accountIdOf(actor: HistoryActor | null): string | null {
  return actor?.kind === 'account' ? actor.userId : null;
}

/** One key per actor, to tell edits apart: "account:…", "person:…" or "". */
export function actorKey(actor: HistoryActor | null): string {
  if (!actor) return '';
  return actor.kind === 'account' ? `account:${actor.userId}` : `person:${actor.personId}`;
}
