import { MAX_PRESENCE_USERS, type PresenceUser } from '../../shared/sync/protocol.ts';

/**
 * Who has which document open, as one server instance knows it (pure: no sockets, no database, the clock
 * passed in). Its own connections are exact: a connection's set changes when it says so and goes when it
 * closes. Other instances' viewers arrive as sets, one per instance and document, each replacing that
 * instance's previous set and lasting `expiryMs` unless announced again: an instance that died without a
 * word (killed, cut off) stops announcing, and its viewers vanish when the last set expires.
 */
interface Connection {
  user: PresenceUser;
  docIds: Set<string>;
}

interface RemoteSet {
  users: PresenceUser[];
  expiresAt: number;
}

/** Each user once, by name then id, at most MAX_PRESENCE_USERS (what a notice may carry). */
export function distinctUsers(users: Iterable<PresenceUser>): PresenceUser[] {
  const byId = new Map<string, PresenceUser>();
  for (const user of users) if (!byId.has(user.userId)) byId.set(user.userId, user);
  return [...byId.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.userId < b.userId ? -1 : 1))
    .slice(0, MAX_PRESENCE_USERS);
}

export class PresenceBoard {
  private readonly connections = new Map<object, Connection>();
  /** docId → the connections of this instance that have it open. */
  private readonly local = new Map<string, Set<Connection>>();
  /** docId → instanceId → that instance's viewers. */
  private readonly remote = new Map<string, Map<string, RemoteSet>>();

  private readonly expiryMs: number;

  constructor(expiryMs: number) {
    this.expiryMs = expiryMs;
  }

  /**
   * The connection has these documents open now (replacing what it had). Answers the documents it newly
   * opened and every document whose local viewers changed (opened or closed).
   */
  declare(
    key: object,
    user: PresenceUser,
    docIds: readonly string[],
  ): { added: string[]; changed: string[] } {
    const connection = this.connections.get(key) ?? { user, docIds: new Set<string>() };
    this.connections.set(key, connection);
    const next = new Set(docIds);
    const added = [...next].filter((docId) => !connection.docIds.has(docId));
    const removed = [...connection.docIds].filter((docId) => !next.has(docId));
    for (const docId of added) {
      const viewers = this.local.get(docId) ?? new Set<Connection>();
      viewers.add(connection);
      this.local.set(docId, viewers);
    }
    for (const docId of removed) this.dropLocal(docId, connection);
    connection.docIds = next;
    return { added, changed: [...added, ...removed] };
  }

  /** The connection closed: the documents it had open. */
  leave(key: object): string[] {
    const connection = this.connections.get(key);
    if (!connection) return [];
    this.connections.delete(key);
    for (const docId of connection.docIds) this.dropLocal(docId, connection);
    return [...connection.docIds];
  }

  /** This instance's viewers of a document (what it announces to the others). */
  localUsers(docId: string): PresenceUser[] {
    return distinctUsers([...(this.local.get(docId) ?? [])].map((connection) => connection.user));
  }

  /** The documents this instance's connections have open. */
  localDocIds(): string[] {
    return [...this.local.keys()];
  }

  /** Another instance's viewers of a document, replacing its previous set (an empty set removes it). */
  receive(instanceId: string, docId: string, users: readonly PresenceUser[], now: number): void {
    const sets = this.remote.get(docId) ?? new Map<string, RemoteSet>();
    if (users.length === 0) sets.delete(instanceId);
    else sets.set(instanceId, { users: [...users], expiresAt: now + this.expiryMs });
    if (sets.size === 0) this.remote.delete(docId);
    else this.remote.set(docId, sets);
  }

  /** Forgets the sets no longer announced; answers the documents that lost some. */
  sweep(now: number): string[] {
    const changed: string[] = [];
    for (const [docId, sets] of this.remote) {
      for (const [instanceId, set] of sets) {
        if (set.expiresAt > now) continue;
        sets.delete(instanceId);
        if (!changed.includes(docId)) changed.push(docId);
      }
      if (sets.size === 0) this.remote.delete(docId);
    }
    return changed;
  }

  /** Everyone who has the document open, on this instance or another one whose set has not expired. */
  viewers(docId: string, now: number): PresenceUser[] {
    const remote = [...(this.remote.get(docId)?.values() ?? [])]
      .filter((set) => set.expiresAt > now)
      .flatMap((set) => set.users);
    return distinctUsers([...this.localUsers(docId), ...remote]);
  }

  private dropLocal(docId: string, connection: Connection): void {
    const viewers = this.local.get(docId);
    viewers?.delete(connection);
    if (viewers?.size === 0) this.local.delete(docId);
  }
}
