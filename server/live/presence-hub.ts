import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { isReadable, type ReadableSpaces } from '../../shared/authz/access.ts';
import { documentSpace } from '../../shared/sync/documents-api.ts';
import type { PresenceUser } from '../../shared/sync/protocol.ts';
import type { Database } from '../db/database.ts';
import { encodePresenceNotice } from './notice.ts';
import type { Notifier } from './notifier.ts';
import { PresenceBoard } from './presence-board.ts';

/**
 * Who has a document open, across every server instance on one PostgreSQL (server/README.md, "Who has a
 * document open"). Each instance knows its own live connections' open documents exactly; it publishes its
 * set for a document by NOTIFY when it changes and re-announces every set every `announceMs`; every
 * instance merges its own sets with the others', each of which expires after `expiryMs` unless announced
 * again — so a dead instance's viewers vanish without anyone telling. Each connection that reads a
 * document's space is told its viewers whenever they change, and a connection that opens a document is
 * told at once.
 */
export interface PresenceTiming {
  announceMs: number;
  sweepMs: number;
  expiryMs: number;
}

export const DEFAULT_PRESENCE_TIMING: PresenceTiming = {
  announceMs: 20_000,
  sweepMs: 5_000,
  expiryMs: 60_000,
};

export interface PresenceHubOptions {
  database: Database;
  notifier: Notifier;
  now: () => number;
  log: FastifyBaseLogger;
  timing?: PresenceTiming;
}

/** A live connection: whom it tells, and what its user may read. */
export interface PresenceViewer {
  user: PresenceUser;
  readable: ReadableSpaces;
  send(docId: string, users: PresenceUser[]): void;
}

export interface PresenceConnection {
  /** The documents the connection has open now; ids naming no document or an unreadable one are dropped. */
  declare(docIds: readonly string[]): void;
  leave(): void;
}

export interface PresenceHub {
  connect(viewer: PresenceViewer): PresenceConnection;
  /** Stops announcing and waits for the notices already on their way. */
  close(): Promise<void>;
}

const keyOf = (users: readonly PresenceUser[]) => JSON.stringify(users);

/** Publishes this instance's sets one NOTIFY at a time (so they arrive in order), the latest set each. */
function createPublisher(options: PresenceHubOptions, board: PresenceBoard, instanceId: string) {
  const published = new Map<string, string>();
  const due = new Map<string, boolean>();
  let flushing: Promise<void> | null = null;
  const flush = async () => {
    for (const [docId, force] of due) {
      due.delete(docId);
      const users = board.localUsers(docId);
      const key = keyOf(users);
      if (!force && key === (published.get(docId) ?? '[]')) continue;
      if (users.length === 0) published.delete(docId);
      else published.set(docId, key);
      const payload = encodePresenceNotice({ type: 'presence', instanceId, docId, users });
      const channel = options.database.noticeChannel;
      await options.database.orm
        .execute(sql`SELECT pg_notify(${channel}, ${payload})`)
        .catch((error: unknown) => options.log.warn({ err: error }, 'presence: announcing failed'));
    }
    flushing = null;
  };
  return {
    /** Publishes each document's set if it changed (or always, `force`: the periodic announcement). */
    publish(docIds: Iterable<string>, force = false) {
      for (const docId of docIds) due.set(docId, force || (due.get(docId) ?? false));
      flushing ??= flush();
    },
    settled: () => flushing ?? Promise.resolve(),
  };
}

export function startPresenceHub(options: PresenceHubOptions): PresenceHub {
  const timing = options.timing ?? DEFAULT_PRESENCE_TIMING;
  const instanceId = randomUUID();
  const board = new PresenceBoard(timing.expiryMs);
  const viewers = new Set<PresenceViewer>();
  const shown = new Map<string, string>();
  const publisher = createPublisher(options, board, instanceId);

  /** Tells the readers of each document whose viewers changed; answers the documents told. */
  const refresh = (docIds: Iterable<string>): Set<string> => {
    const told = new Set<string>();
    for (const docId of docIds) {
      const spaceId = documentSpace(docId);
      const users = board.viewers(docId, options.now());
      const key = keyOf(users);
      if (spaceId === null || key === (shown.get(docId) ?? '[]')) continue;
      if (users.length === 0) shown.delete(docId);
      else shown.set(docId, key);
      for (const viewer of viewers) if (isReadable(viewer.readable, spaceId)) viewer.send(docId, users);
      told.add(docId);
    }
    return told;
  };

  const unsubscribe = options.notifier.subscribe((notice) => {
    if (!('type' in notice) || notice.type !== 'presence' || notice.instanceId === instanceId) return;
    board.receive(notice.instanceId, notice.docId, notice.users, options.now());
    refresh([notice.docId]);
  });
  const announce = setInterval(() => publisher.publish(board.localDocIds(), true), timing.announceMs);
  const sweep = setInterval(() => refresh(board.sweep(options.now())), timing.sweepMs);

  return {
    connect(viewer) {
      viewers.add(viewer);
      const key = {};
      return {
        declare(docIds) {
          const valid = [...new Set(docIds)].filter((docId) => {
            const spaceId = documentSpace(docId);
            return spaceId !== null && isReadable(viewer.readable, spaceId);
          });
          const { added, changed } = board.declare(key, viewer.user, valid);
          publisher.publish(changed);
          const told = refresh(changed);
          for (const docId of added) {
            if (!told.has(docId)) viewer.send(docId, board.viewers(docId, options.now()));
          }
        },
        leave() {
          viewers.delete(viewer);
          const changed = board.leave(key);
          publisher.publish(changed);
          refresh(changed);
        },
      };
    },
    async close() {
      clearInterval(announce);
      clearInterval(sweep);
      unsubscribe();
      await publisher.settled();
    },
  };
}
