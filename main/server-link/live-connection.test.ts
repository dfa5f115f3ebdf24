import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventName } from '../../shared/ipc/contract.ts';
import type { LiveNotice, Session } from '../../shared/sync/protocol.ts';
import type { FetchLike } from '../../shared/server-client/fetch-like.ts';
import { silentLogger } from '../log/logger.ts';
import { startLiveConnection } from './live-connection.ts';
import { createSyncService } from './sync-service.ts';

/** A stand-in for the server's /sync/live on loopback: keeps the sockets and what each one was sent. */
async function fakeLiveServer() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const sockets: Array<{ socket: WebSocket; received: unknown[] }> = [];
  const waiters: Array<() => void> = [];
  const changed = () => waiters.splice(0).forEach((wake) => wake());
  wss.on('connection', (socket) => {
    const entry = { socket, received: [] as unknown[] };
    sockets.push(entry);
    socket.on('message', (data) => {
      entry.received.push(JSON.parse(String(data)));
      changed();
    });
    changed();
  });
  const until = async (check: () => boolean, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  const { port } = wss.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}/sync/live`, sockets, until, close: () => wss.close() };
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('live connection (main)', () => {
  it('sends the open documents when asked, and again on every new socket after a reconnect', async () => {
    const server = await fakeLiveServer();
    stops.push(server.close);
    const states: boolean[] = [];
    const live = startLiveConnection({
      url: () => Promise.resolve(server.url),
      onNotice: () => undefined,
      onState: (connected) => states.push(connected),
      log: silentLogger,
      presence: ['minutes:a'],
    });
    stops.push(live.stop);
    await server.until(() => server.sockets[0]?.received.length === 1);
    expect(server.sockets[0]?.received).toEqual([{ type: 'presence', docIds: ['minutes:a'] }]);
    live.setPresence(['minutes:a', 'notes:a']);
    await server.until(() => server.sockets[0]?.received.length === 2);
    expect(server.sockets[0]?.received[1]).toEqual({ type: 'presence', docIds: ['minutes:a', 'notes:a'] });

    server.sockets[0]?.socket.terminate();
    await server.until(() => server.sockets[1]?.received.length === 1);
    expect(server.sockets[1]?.received).toEqual([{ type: 'presence', docIds: ['minutes:a', 'notes:a'] }]);
    expect(states).toEqual([true, false, true]);

    live.setPresence([]);
    await server.until(() => server.sockets[1]?.received.length === 2);
    expect(server.sockets[1]?.received[1]).toEqual({ type: 'presence', docIds: [] });
  });

  it('sends nothing on a new socket while no document is open, and hands presence notices on', async () => {
    const server = await fakeLiveServer();
    stops.push(server.close);
    const notices: LiveNotice[] = [];
    const live = startLiveConnection({
      url: () => Promise.resolve(server.url),
      onNotice: (notice) => notices.push(notice),
      onState: () => undefined,
      log: silentLogger,
    });
    stops.push(live.stop);
    await server.until(() => server.sockets.length === 1);
    const users = [{ userId: 'u1', name: 'Nguyễn Văn An' }];
    server.sockets[0]?.socket.send(JSON.stringify({ type: 'cursor', docId: 'minutes:a' }));
    server.sockets[0]?.socket.send(JSON.stringify({ type: 'presence', docId: 'minutes:a', users }));
    await server.until(() => notices.length === 1);
    expect(notices).toEqual([{ type: 'presence', docId: 'minutes:a', users }]);
    expect(server.sockets[0]?.received).toEqual([]);
  });
});

/** A signed-in profile whose server is the fake: the session file and the config main reads at start. */
async function signedInProfile(serverUrl: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'presence-'));
  const session: Session = {
    accessToken: 'token-1',
    accessExpiresAt: Date.now() + 600_000,
    refreshToken: 'refresh-1',
    refreshExpiresAt: Date.now() + 6_000_000,
    user: {
      id: 'u-an',
      username: 'an',
      displayName: 'Nguyễn Văn An',
      personId: null,
      unitId: null,
      isAdmin: false,
    },
    serverTime: Date.now(),
  };
  await writeFile(join(dir, 'session.bin'), JSON.stringify(session));
  await writeFile(join(dir, 'sync-config.json'), JSON.stringify({ serverUrl, clientId: 'client-1' }));
  return dir;
}

describe('sync service presence (main)', () => {
  it('tells the server the open documents, passes notices to the renderer, and empties them offline', async () => {
    const server = await fakeLiveServer();
    stops.push(server.close);
    const dir = await signedInProfile(server.url.replace(/^ws/, 'http').replace('/sync/live', ''));
    stops.push(() => void rm(dir, { recursive: true, force: true }));
    const events: Array<{ event: EventName; payload: unknown }> = [];
    const offline: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    const sync = createSyncService({
      userDataDir: dir,
      fetch: offline,
      emit: (event, payload) => events.push({ event, payload }),
      log: silentLogger,
      now: Date.now,
    });
    stops.push(sync.stop);
    expect(sync.setPresence(['minutes:a'])).toEqual({ presence: [{ docId: 'minutes:a', users: [] }] });
    await server.until(() => server.sockets[0]?.received.length === 1);
    expect(server.sockets[0]?.received).toEqual([{ type: 'presence', docIds: ['minutes:a'] }]);

    const users = [{ userId: 'u-binh', name: 'Trần Thị Bình' }];
    server.sockets[0]?.socket.send(JSON.stringify({ type: 'presence', docId: 'minutes:a', users }));
    const presenceEvents = () => events.filter((e) => e.event === 'documents.presence').map((e) => e.payload);
    await server.until(() => presenceEvents().length === 1);
    expect(presenceEvents()).toEqual([{ docId: 'minutes:a', users }]);
    expect(sync.setPresence(['minutes:a'])).toEqual({ presence: [{ docId: 'minutes:a', users }] });

    server.sockets[0]?.socket.terminate();
    await server.until(() => presenceEvents().length === 2);
    expect(presenceEvents()[1]).toEqual({ docId: 'minutes:a', users: [] });
    await server.until(() => server.sockets[1]?.received.length === 1);
    expect(server.sockets[1]?.received).toEqual([{ type: 'presence', docIds: ['minutes:a'] }]);
  });
});
