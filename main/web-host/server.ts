import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_CHANNEL_INPUT_BYTES } from '../../shared/ipc/contract.ts';
import { WIRE_PATH, type WireServerMessage } from '../../shared/ipc/wire.ts';
import { createDispatcher } from '../ipc/dispatch.ts';
import type { Emit, Handlers } from '../ipc/handlers.ts';
import type { FileOpener } from '../blobs/open-copy.ts';
import type { Logger } from '../log/logger.ts';
import { createFileDownloads } from './file-downloads.ts';
import { serveStatic } from './static-route.ts';
import { wireAnswerer } from './wire-answer.ts';

export interface WebHostOptions {
  rendererDir: string;
  port: number;
  log: Logger;
  /**
   * Builds the handlers once the host knows how to emit events to its clients; `files.open` is given the
   * host's download links as its opener (a browser cannot open an application).
   */
  createHandlers: (emit: Emit, fileOpener: FileOpener) => Handlers;
  /** Fixed secret for tests; a fresh random one per run otherwise. */
  token?: string;
}

export interface WebHost {
  /** The address to open, with the per-run secret in the fragment (never sent to the server in a request line). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function sameSecret(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The web host: serves the built renderer on 127.0.0.1 and carries the IPC contract over a WebSocket.
 * Only a page of its own origin that knows the per-run secret may connect.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new Set<WebSocket>();
  const emit: Emit = (event, payload) => {
    const message: WireServerMessage = { t: 'event', event, payload };
    const text = JSON.stringify(message);
    for (const socket of sockets) socket.send(text);
  };
  let origin = '';
  const downloads = createFileDownloads({ token, origin: () => origin });
  const dispatch = createDispatcher(options.createHandlers(emit, downloads.opener), options.log);

  const http = createServer((req, res) => {
    const served = downloads.handles(req)
      ? downloads.serve(req, res)
      : serveStatic(options.rendererDir, origin, req, res);
    served.catch((error: unknown) => {
      options.log.error('web-host.static_failed', { error: String(error) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CHANNEL_INPUT_BYTES + 64 * 1024 });

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    if (
      url.pathname !== WIRE_PATH ||
      req.headers.origin !== origin ||
      !sameSecret(url.searchParams.get('token'), token)
    ) {
      options.log.warn('web-host.upgrade_refused', {
        path: url.pathname,
        origin: req.headers.origin ?? null,
      });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void answer(ws, data.toString()));
    });
  });

  const answer = wireAnswerer(dispatch, options.log);

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  options.log.info('web-host.listening', { origin });

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: async () => {
      for (const socket of sockets) socket.terminate();
      wss.close();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await downloads.close();
    },
  };
}
