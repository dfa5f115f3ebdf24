import WebSocket from 'ws';
import { liveNoticeSchema } from '../../shared/sync/protocol.ts';

/** A live-channel client for tests: connects with a token and queues the notices it receives. */
export interface LiveClient {
  next(timeoutMs?: number): Promise<number>;
  close(): void;
  /** Settles with the close code when the server (or the test) closes the socket. */
  closed: Promise<number>;
}

export function connectLive(url: string, token: string): Promise<LiveClient> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/sync/live?token=${encodeURIComponent(token)}`);
  const queue: number[] = [];
  const waiting: Array<(version: number) => void> = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('message', (data) => {
    const notice = liveNoticeSchema.parse(JSON.parse(String(data)));
    const waiter = waiting.shift();
    if (waiter) waiter(notice.version);
    else queue.push(notice.version);
  });
  const client: LiveClient = {
    next: (timeoutMs = 5_000) => {
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no live notice')), timeoutMs);
        waiting.push((version) => {
          clearTimeout(timer);
          resolve(version);
        });
      });
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
