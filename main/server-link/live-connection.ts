import WebSocket from 'ws';
import { liveNoticeSchema, type LiveClientMessage, type LiveNotice } from '../../shared/sync/protocol.ts';
import type { Logger } from '../log/logger.ts';

export interface LiveConnectionOptions {
  /** ws(s)://…/sync/live?token=…, made fresh for each attempt (the token may have been refreshed). */
  url: () => Promise<string | null>;
  /** A change notice (records) or a document notice (a document's log grew). */
  onNotice: (notice: LiveNotice) => void;
  onState: (connected: boolean) => void;
  log: Logger;
  /** The documents open when the connection starts (see `setPresence`). */
  presence?: readonly string[];
}

/**
 * The live channel to the district server: told when new changes exist, so the app pulls at once, and when a document
 * it reads grew, so an open editor fetches the new words.
 * Reconnects with exponential backoff (1 s … 60 s) until stopped. It tells the server which documents
 * are open (`setPresence`) at once and again on every new socket, since the server forgets a closed one's.
 */
export function startLiveConnection(options: LiveConnectionOptions) {
  let socket: WebSocket | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = 1_000;
  let stopped = false;
  let presence: readonly string[] = options.presence ?? [];

  const sendPresence = (ws: WebSocket) => {
    const message: LiveClientMessage = { type: 'presence', docIds: [...presence] };
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };

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
      if (presence.length > 0) sendPresence(ws);
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
    /** The documents open now, replacing the last list; sent now if connected, and after each reconnect. */
    setPresence(docIds: readonly string[]) {
      presence = [...docIds];
      if (socket) sendPresence(socket);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      socket?.close();
    },
  };
}
