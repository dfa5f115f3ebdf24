import WebSocket from 'ws';
import { liveNoticeSchema, type LiveNotice, type PresenceUser } from '../../shared/sync/protocol.ts';

type DocumentNotice = Extract<LiveNotice, { type: 'document' }>;
type PresenceNotice = Extract<LiveNotice, { type: 'presence' }>;

/** A live-channel client for tests: connects with a token and queues the notices it receives. */
export interface LiveClient {
  /** The version of the next change notice. */
  next(timeoutMs?: number): Promise<number>;
  /** The next document notice. */
  nextDocument(timeoutMs?: number): Promise<{ docId: string; seq: number }>;
  /** The next presence notice. */
  nextPresence(timeoutMs?: number): Promise<{ docId: string; users: PresenceUser[] }>;
  /** Waits (through the presence notices) until the document's viewers are these user ids, in any order. */
  presenceOf(docId: string, userIds: readonly string[], timeoutMs?: number): Promise<PresenceUser[]>;
  /** Says which documents this connection has open (the presence message). */
  declare(docIds: readonly string[]): void;
  /** Sends any text, as a client might. */
  sendRaw(text: string): void;
  close(): void;
  /** Settles with the close code when the server (or the test) closes the socket. */
  closed: Promise<number>;
}

/** Notices of one kind, handed out in arrival order. */
function noticeQueue<T>() {
  const queue: T[] = [];
  const waiting: Array<(value: T) => void> = [];
  return {
    put(value: T) {
      const waiter = waiting.shift();
      if (waiter) waiter(value);
      else queue.push(value);
    },
    take(timeoutMs: number): Promise<T> {
      if (queue.length > 0) return Promise.resolve(queue.shift() as T);
      return new Promise((resolve, reject) => {
        const waiter = (value: T) => {
          clearTimeout(timer);
          resolve(value);
        };
        // A waiter that timed out leaves the line, or it would swallow the next notice.
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error('no live notice'));
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
  };
}

export function connectLive(url: string, token: string): Promise<LiveClient> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/live?token=${encodeURIComponent(token)}`);
  const changes = noticeQueue<number>();
  const documents = noticeQueue<DocumentNotice>();
  const presence = noticeQueue<PresenceNotice>();
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('message', (data) => {
    const notice = liveNoticeSchema.parse(JSON.parse(String(data)));
    if (notice.type === 'changes') changes.put(notice.version);
    else if (notice.type === 'document') documents.put(notice);
    else presence.put(notice);
  });
  const nextPresence = async (timeoutMs = 5_000) => {
    const { docId, users } = await presence.take(timeoutMs);
    return { docId, users };
  };
  const client: LiveClient = {
    next: (timeoutMs = 5_000) => changes.take(timeoutMs),
    nextDocument: async (timeoutMs = 5_000) => {
      const { docId, seq } = await documents.take(timeoutMs);
      return { docId, seq };
    },
    nextPresence,
    presenceOf: async (docId, userIds, timeoutMs = 5_000) => {
      const wanted = [...userIds].sort().join();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const notice = await nextPresence(Math.max(1, deadline - Date.now())).catch((error: unknown) => {
          throw new Error(`${docId} never had the viewers ${wanted}: ${String(error)}`);
        });
        const seen = notice.users.map((user) => user.userId);
        if (notice.docId === docId && [...seen].sort().join() === wanted) return notice.users;
      }
    },
    declare: (docIds) => socket.send(JSON.stringify({ type: 'presence', docIds })),
    sendRaw: (text) => socket.send(text),
    close: () => socket.close(),
    closed,
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (request, response) => {
      request.destroy();
      reject(new Error(`HTTP ${response.statusCode}`));
    });
    socket.once('error', reject);
  });
}
