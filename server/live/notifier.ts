import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.ts';
import { readSyncState } from '../sync/log/log-head.ts';
import { decodeNotice, type LiveNotice } from './notice.ts';

/**
 * Change notices as they arrive from the database: PostgreSQL LISTEN (every instance hears every push,
 * whichever instance took it) or PGlite's in-process listen. When a lost LISTEN connection comes back,
 * listeners get a catch-up notice for all spaces, since notices sent meanwhile are gone. (A grants notice
 * missed that way is not made up for: the socket concerned closes at its token's expiry, minutes away.)
 */
export type NoticeListener = (notice: LiveNotice) => void;

export interface Notifier {
  subscribe(listener: NoticeListener): () => void;
  close(): Promise<void>;
}

export async function startNotifier(database: Database, log: FastifyBaseLogger): Promise<Notifier> {
  const listeners = new Set<NoticeListener>();
  const emit = (notice: LiveNotice) => {
    for (const listener of listeners) {
      try {
        listener(notice);
      } catch (error) {
        log.error({ err: error }, 'live notice listener failed');
      }
    }
  };
  const channel = await database.listen(database.noticeChannel, {
    onPayload: (payload) => {
      const notice = decodeNotice(payload);
      if (notice) emit(notice);
      else log.warn({ payload }, 'malformed change notice ignored');
    },
    onReconnect: () => {
      log.info('change notices: listening again');
      readSyncState(database.orm).then(
        (state) => emit({ version: state.lastVersion, spaceIds: null }),
        (error: unknown) => log.error({ err: error }, 'catch-up notice failed'),
      );
    },
    onError: (error) => log.warn({ err: error }, 'change notices: connection lost'),
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      listeners.clear();
      await channel.close();
    },
  };
}
