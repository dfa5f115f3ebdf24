import type { FastifyInstance } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import {
  API_PATHS,
  liveClientMessageSchema,
  type LiveClientMessage,
  type LiveNotice,
} from '../../shared/sync/protocol.ts';
import { authOf } from '../auth/authenticate.ts';
import { isReadable, readableSpaces, type ReadableSpaces } from '../../shared/authz/access.ts';
import type { ServerContext } from '../context.ts';
import { readSyncState } from '../sync/log/log-head.ts';
import type { ChangeNotice } from './notice.ts';
import type { Notifier } from './notifier.ts';
import { startPresenceHub, type PresenceHub } from './presence-hub.ts';

/**
 * GET /sync/live?token=<access token> (WebSocket): `{type:'changes', version}` whenever a push touched a
 * space the user reads, and once on connect with the current version. The socket closes (4001) when
 * the access token expires, and (4003) when the user's grants change: the client reconnects, the new
 * socket reads the grants again, and its first notice brings a sync round that backfills a new space or
 * removes a lost one. Closing is simpler than re-reading grants in place and leaves no window: the grants
 * notice arrives in commit order, before the notice of any push made after the change.
 *
 * The client may send `{type:'presence', docIds}`, the documents it has open (presence-hub.ts); it is then
 * told `{type:'presence', docId, users}` for the documents of the spaces it reads as their viewers change.
 */
const PING_MS = 30_000;
const TOKEN_EXPIRED_CODE = 4001;
const GRANTS_CHANGED_CODE = 4003;
const MAX_TIMER_MS = 2 ** 31 - 1;

function concerns(notice: ChangeNotice, readable: ReadableSpaces): boolean {
  if (readable.all || notice.spaceIds === null) return true;
  return notice.spaceIds.some((spaceId) => readable.spaceIds.includes(spaceId));
}

function send(socket: WebSocket, notice: LiveNotice): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(notice));
}

/** A message the client sent, or null for anything else (ignored: a newer client may send more kinds). */
function clientMessage(data: RawData): LiveClientMessage | null {
  try {
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
        ? Buffer.from(data)
        : data;
    const text = bytes.toString('utf8');
    const parsed = liveClientMessageSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function registerLiveRoutes(app: FastifyInstance, context: ServerContext, notifier: Notifier): void {
  const hub: PresenceHub = startPresenceHub({
    database: context.database,
    notifier,
    now: context.now,
    log: app.log,
  });
  app.addHook('onClose', () => hub.close());
  app.get(API_PATHS.live, { websocket: true }, (socket, request) => {
    const { user, principal, claims } = authOf(request);
    const readable = readableSpaces(principal);
    const unsubscribe = notifier.subscribe((notice) => {
      if (!('type' in notice)) {
        if (concerns(notice, readable)) send(socket, { type: 'changes', version: notice.version });
      } else if (notice.type === 'grants') {
        if (notice.userId === principal.userId) socket.close(GRANTS_CHANGED_CODE, 'grants_changed');
      } else if (notice.type === 'document' && isReadable(readable, notice.spaceId)) {
        send(socket, { type: 'document', docId: notice.docId, seq: notice.seq });
      }
    });
    const presence = hub.connect({
      user: { userId: principal.userId, name: user.displayName.slice(0, 200) },
      readable,
      send: (docId, users) => send(socket, { type: 'presence', docId, users }),
    });
    socket.on('message', (data) => {
      const message = clientMessage(data);
      if (message?.type === 'presence') presence.declare(message.docIds);
    });
    let alive = true;
    socket.on('pong', () => {
      alive = true;
    });
    const ping = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, PING_MS);
    const expiry = setTimeout(
      () => socket.close(TOKEN_EXPIRED_CODE, 'token_expired'),
      Math.min(Math.max(0, claims.exp - context.now()), MAX_TIMER_MS),
    );
    socket.on('close', () => {
      unsubscribe();
      presence.leave();
      clearInterval(ping);
      clearTimeout(expiry);
    });
    readSyncState(context.database.orm).then(
      (state) => send(socket, { type: 'changes', version: state.lastVersion }),
      (error: unknown) => request.log.error({ err: error }, 'live: reading the version failed'),
    );
  });
}
