import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test helpers of main/blobs (imported by its tests only): a real district server on loopback, started as
 * an office runs it (`admin bootstrap`, then `serve` with the project's Node) — main's code may not import
 * the server's, so it is a process — and a TCP proxy in front of it that counts bytes and cuts the line.
 */

const cli = fileURLToPath(new URL('../../server/cli.ts', import.meta.url));

export interface DistrictAccount {
  username: string;
  password: string;
  name: string;
  grants: Array<{ spaceId: string; role: 'read' | 'write' | 'manage' }>;
}

export interface District {
  url: string;
  dataDir: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startDistrict(
  accounts: DistrictAccount[],
  env: Record<string, string> = {},
): Promise<District> {
  const dataDir = await mkdtemp(join(tmpdir(), 'district-blobs-'));
  // Its own working folder too, so nothing a default puts under `./.data` lands in the repository.
  const options = {
    cwd: dataDir,
    env: {
      ...process.env,
      DATA_DIR: join(dataDir, 'db'),
      BLOB_DIR: join(dataDir, 'blobs'),
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
  };
  const file = join(dataDir, 'district.json');
  await writeFile(file, JSON.stringify({ accounts }));
  const setup = spawnSync(process.execPath, [cli, 'admin', 'bootstrap', '--file', file], {
    ...options,
    encoding: 'utf8',
  });
  if (setup.status !== 0) throw new Error(`bootstrap failed:\n${setup.stderr}`);
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
    ...options,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${stderr}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((text) => text.includes('"server.ready"'));
      if (!line) return;
      clearTimeout(timer);
      resolve(String((JSON.parse(line) as { url: string }).url));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    log: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(force);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CountingProxy {
  url: string;
  /** Bytes sent towards the server (`up`) and back (`down`) since the last `reset`. */
  up: number;
  down: number;
  /** The request lines and headers the client sent (each request's head). */
  requests: string[];
  reset(): void;
  /** Cuts every connection once `bytes` more have gone up (or down), and refuses new ones until `goOnline`. */
  cutAfter(direction: 'up' | 'down', bytes: number): Promise<void>;
  /** Flips one byte going up, `bytes` from now: damage in transit that TCP did not catch. */
  flipUpAfter(bytes: number): void;
  goOffline(): void;
  goOnline(): void;
  close(): Promise<void>;
}

const REQUEST_LINE = /^(GET|HEAD|POST|PATCH|PUT|DELETE|OPTIONS) /;

/** Counts a chunk, and keeps the head of each request the client starts. */
function record(
  proxy: { up: number; down: number; requests: string[] },
  direction: 'up' | 'down',
  chunk: Buffer,
) {
  proxy[direction] += chunk.length;
  if (direction === 'up' && REQUEST_LINE.test(chunk.toString('latin1', 0, 8)))
    proxy.requests.push(chunk.toString('latin1', 0, 2048).split('\r\n\r\n')[0] ?? '');
}

/** A loopback TCP proxy in front of `target` that counts the bytes each way and can cut the line. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let online = true;
  let cut: { direction: 'up' | 'down'; at: number; fired: () => void } | null = null;
  let flipAt: number | null = null;
  const proxy = { up: 0, down: 0, requests: [] as string[] };
  const goOffline = () => {
    online = false;
    for (const socket of sockets) socket.destroy();
  };
  const count = (direction: 'up' | 'down', chunk: Buffer) => record(proxy, direction, chunk);
  /** Forwards a chunk, cutting the line exactly where a `cutAfter` asked. */
  const forward = (direction: 'up' | 'down', chunk: Buffer, to: Socket) => {
    // Once cut, nothing more goes through, even before the sockets are closed.
    if (!online) return;
    if (direction === 'up' && flipAt !== null && flipAt < proxy.up + chunk.length) {
      const at = flipAt - proxy.up;
      flipAt = null;
      chunk = Buffer.from(chunk);
      chunk[at] = (chunk[at] ?? 0) ^ 0x01;
    }
    const trigger = cut?.direction === direction ? cut : null;
    const room = trigger ? trigger.at - proxy[direction] : Infinity;
    if (!trigger || chunk.length < room) {
      count(direction, chunk);
      to.write(chunk);
      return;
    }
    const part = chunk.subarray(0, Math.max(0, room));
    count(direction, part);
    cut = null;
    online = false;
    to.write(part, () => {
      goOffline();
      trigger.fired();
    });
  };
  const server = createServer((client) => {
    if (!online) return void client.destroy();
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.on('data', (chunk: Buffer) => forward('up', chunk, upstream));
    upstream.on('data', (chunk: Buffer) => forward('down', chunk, client));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${own}`,
    reset() {
      proxy.up = 0;
      proxy.down = 0;
      proxy.requests = [];
    },
    cutAfter: (direction: 'up' | 'down', bytes: number) =>
      new Promise<void>((resolve) => {
        cut = { direction, at: proxy[direction] + bytes, fired: resolve };
      }),
    flipUpAfter(bytes: number) {
      flipAt = proxy.up + bytes;
    },
    goOffline,
    goOnline() {
      online = true;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
