import WebSocket from 'ws';
import { liveNoticeSchema, type LiveNotice } from '../../shared/sync/protocol.ts';
import type { Logger } from '../log/logger.ts';

export interface LiveConnectionOptions {
  /** ws(s)://…/sync/live?token=…, made fresh for each attempt (the token may have been refreshed). */
  url: () => Promise<string | null>;
  /** A change notice (records) or a document notice (a document's log grew). */
  onNotice: (notice: LiveNotice) => void;
  onState: (connected: boolean) => void;
  log: Logger;
}

/**
 * The live channel to the district server: told when new changes exist, so the app pulls at once, and when a document
 * it reads grew, so an open editor fetches the new words.
 * Reconnects with exponential backoff (1 s … 60 s) until stopped.
 */
export function startLiveConnection(options: LiveConnectionOptions) {
  let socket: WebSocket | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = 1_000;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, 60_000);
  };

  const connect = async () => {
    const url = await options.url().catch(() => null);
    if (!url || stopped) return schedule();
    const ws = new WebSocket(url);
    socket = ws;
    ws.on('open', () => {
      delay = 1_000;
      options.onState(true);
    });
    ws.on('message', (data) => {
      try {
        const notice = liveNoticeSchema.safeParse(JSON.parse(data.toString()));
        if (notice.success) options.onNotice(notice.data);
      } catch {
        options.log.warn('sync.live_bad_message');
      }
    });
    ws.on('error', (error) => options.log.debug('sync.live_error', { error: error.message }));
    ws.on('close', () => {
      if (socket === ws) socket = null;
      options.onState(false);
      schedule();
    });
  };

  void connect();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      socket?.close();
    },
  };
}
