import { createServer, connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TcpProxy {
  url: string;
  /** Cuts the line: open connections are dropped and new ones refused, as when a ward's network fails. */
  goOffline(): void;
  goOnline(): void;
  /**
   * Cuts the line as soon as the server has sent bytes matching `pattern` (checked on the last 4 KiB it
   * sent), once those bytes have reached the client: e.g. right after the first page of a snapshot.
   */
  goOfflineAfter(pattern: RegExp): Promise<void>;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of the district server, so a test can take one client offline. */
export async function startTcpProxy(target: string): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let online = true;
  let trigger: { pattern: RegExp; tail: string; fired: () => void } | null = null;
  const goOffline = () => {
    online = false;
    for (const socket of sockets) socket.destroy();
  };
  const server = createServer((client) => {
    if (!online) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      const watching = trigger;
      if (!watching) {
        client.write(chunk);
        return;
      }
      watching.tail = (watching.tail + chunk.toString('latin1')).slice(-4096);
      if (!watching.pattern.test(watching.tail)) {
        client.write(chunk);
        return;
      }
      trigger = null;
      // Cut once these bytes are handed to the client, before anything else goes through.
      client.write(chunk, () => {
        goOffline();
        watching.fired();
      });
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    goOffline,
    goOfflineAfter: (pattern) =>
      new Promise<void>((resolve) => {
        trigger = { pattern, tail: '', fired: resolve };
      }),
    goOnline() {
      online = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
