import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { silentLogger } from '../log/logger.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { startWebHost, type WebHost } from './server.ts';

let host: WebHost;
let userDataDir: string;

beforeEach(async () => {
  const rendererDir = await mkdtemp(join(tmpdir(), 'renderer-'));
  userDataDir = await mkdtemp(join(tmpdir(), 'profile-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Sổ tay</title>');
  host = await startWebHost({
    rendererDir,
    port: 0,
    log: silentLogger,
    createHandlers: (emit) =>
      createHandlers({
        userDataDir,
        host: 'web',
        appName: 'Sổ tay',
        version: '0.1.0',
        emit,
        log: silentLogger,
      }),
  });
});

afterEach(() => host.close());

function connect(options: { token?: string; origin?: string } = {}): Promise<WebSocket> {
  const url = `${host.origin.replace('http', 'ws')}/ipc?token=${options.token ?? host.token}`;
  const ws = new WebSocket(url, { origin: options.origin ?? host.origin });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

describe('web host', () => {
  it('serves the renderer on loopback with security headers', async () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${host.origin}/..%2f..%2fetc/passwd`)).status).toBe(404);
    expect((await fetch(`${host.origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('carries the IPC contract over the WebSocket', async () => {
    const ws = await connect();
    ws.send(JSON.stringify({ t: 'call', id: 7, channel: 'app.ping', input: { text: 'Phường Bồ Đề' } }));
    expect(await nextMessage(ws)).toMatchObject({
      t: 'result',
      id: 7,
      result: { ok: true, value: { text: 'Phường Bồ Đề' } },
    });

    ws.send(JSON.stringify({ t: 'call', id: 8, channel: 'app.ping', input: { text: 1 } }));
    expect(await nextMessage(ws)).toMatchObject({
      id: 8,
      result: { ok: false, error: { code: 'invalid_input' } },
    });

    ws.send(JSON.stringify({ t: 'call', id: 9, channel: 'shell.exec', input: {} }));
    expect(await nextMessage(ws)).toMatchObject({
      id: 9,
      result: { ok: false, error: { code: 'unknown_channel' } },
    });

    ws.send(JSON.stringify({ t: 'hello', id: 10 }));
    expect(await nextMessage(ws)).toMatchObject({
      id: 10,
      result: { ok: false, error: { code: 'invalid_input' } },
    });
    ws.close();
  });

  it('sends events to every connected page', async () => {
    const a = await connect();
    const b = await connect();
    const seenByB = nextMessage(b);
    a.send(JSON.stringify({ t: 'call', id: 1, channel: 'settings.update', input: { highContrast: true } }));
    expect(await seenByB).toMatchObject({
      t: 'event',
      event: 'settings.changed',
      payload: { highContrast: true },
    });
    a.close();
    b.close();
  });

  it('refuses a connection without the per-run secret', async () => {
    await expect(connect({ token: 'guess' })).rejects.toThrow('HTTP 403');
    await expect(connect({ token: '' })).rejects.toThrow('HTTP 403');
  });

  it('refuses a connection from another origin even with the secret', async () => {
    await expect(connect({ origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(connect({ origin: 'http://localhost:1' })).rejects.toThrow('HTTP 403');
  });
});
