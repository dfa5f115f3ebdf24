import WebSocket from 'ws';
import { liveNoticeSchema, type LiveNotice } from '../../shared/sync/protocol.ts';

type DocumentNotice = Extract<LiveNotice, { type: 'document' }>;

/** A live-channel client for tests: connects with a token and queues the notices it receives. */
export interface LiveClient {
  /** The version of the next change notice. */
  next(timeoutMs?: number): Promise<number>;
  /** The next document notice. */
  nextDocument(timeoutMs?: number): Promise<{ docId: string; seq: number }>;
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
        const timer = setTimeout(() => reject(new Error('no live notice')), timeoutMs);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

export function connectLive(url: string, token: string): Promise<LiveClient> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/live?token=${encodeURIComponent(token)}`);
  const changes = noticeQueue<number>();
  const documents = noticeQueue<DocumentNotice>();
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('message', (data) => {
    const notice = liveNoticeSchema.parse(JSON.parse(String(data)));
    if (notice.type === 'changes') changes.put(notice.version);
    else documents.put(notice);
  });
  const client: LiveClient = {
    next: (timeoutMs = 5_000) => changes.take(timeoutMs),
    nextDocument: async (timeoutMs = 5_000) => {
      const { docId, seq } = await documents.take(timeoutMs);
      return { docId, seq };
    },
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
