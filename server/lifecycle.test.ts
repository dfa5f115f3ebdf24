import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockSyncState } from './sync/log/log-head.ts';
import { backends } from './test/backends.ts';
import { api, createTestUser, deferred, login, startTestServer } from './test/harness.ts';
import { connectLive } from './test/live-client.ts';
import { programmeRecord, TestReplica } from './test/records.ts';
import { pushBatch } from './test/sync-client.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(backends)('shutdown on $name', (backend) => {
  it('finishes an in-flight push before closing', async () => {
    const server = await startTestServer(backend);
    const token = (await login(server, await createTestUser(server, { isAdmin: true }))).accessToken;
    const gate = deferred();
    const holding = deferred();
    const blocker = server.database.transaction(async (tx) => {
      await lockSyncState(tx); // the push lock: the push below waits for it
      holding.resolve();
      await gate.promise;
    });
    await holding.promise;
    const replica = new TestReplica();
    const pushing = pushBatch(server, token, replica.batch([replica.create('programme', programmeRecord())]));
    await sleep(300);
    const closing = server.stop();
    await sleep(200);
    gate.resolve();
    await blocker;
    const response = await pushing;
    expect(response.results[0]?.status).toBe('accepted');
    await closing;
    await expect(fetch(`${server.url}/health/live`)).rejects.toThrow();
  }, 60_000);

  it('is not held up by live sockets or a refused upgrade left open', async () => {
    const server = await startTestServer(backend);
    const token = (await login(server, await createTestUser(server))).accessToken;
    const live = await connectLive(server.url, token);
    const raw = connect(server.port, '127.0.0.1');
    await new Promise((resolve) => raw.once('connect', resolve));
    raw.write(
      'GET /sync/live?token=bad HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
        'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
    );
    const reply = await new Promise<string>((resolve) => raw.once('data', (data) => resolve(String(data))));
    expect(reply).toMatch(/^HTTP\/1\.1 401/);
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    live.close();
    raw.destroy();
  }, 60_000);
});

describe('command line', () => {
  it('serves on a free port with PGlite, announces itself, refuses a second process, stops on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'committee-server-'));
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const ready = await new Promise<{ event: string; url: string }>((resolve, reject) => {
        lines.on('line', (line) => resolve(JSON.parse(line)));
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(ready).toMatchObject({
        event: 'server.ready',
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      });
      expect((await api(ready, 'GET', '/health/ready')).status).toBe(200);
      const admin = spawn(process.execPath, [cli, 'admin', 'list-users'], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      admin.stderr.on('data', (chunk) => (stderr += String(chunk)));
      expect(await new Promise((resolve) => admin.once('exit', resolve))).toBe(1);
      expect(stderr).toMatch(/đang được tiến trình \d+ sử dụng/);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
