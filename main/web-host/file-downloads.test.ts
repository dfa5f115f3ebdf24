import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { silentLogger } from '../log/logger.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { startWebHost, type WebHost } from './server.ts';

let host: WebHost;
let base: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'web-files-'));
  const rendererDir = join(base, 'renderer');
  await import('node:fs/promises').then((fs) => fs.mkdir(rendererDir));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Sổ tay</title>');
  host = await startWebHost({
    rendererDir,
    port: 0,
    log: silentLogger,
    createHandlers: (emit, fileOpener) =>
      createHandlers({
        userDataDir: join(base, 'profile'),
        host: 'web',
        appName: 'Sổ tay',
        version: '0.1.0',
        emit,
        log: silentLogger,
        fileOpener,
      }),
  });
});

afterEach(async () => {
  await host.close();
  // The services behind the host start in the background (profile, the files' folders) and closing the
  // host does not wait for them: a test that ends at once may race a folder being made (ENOTEMPTY).
  await rm(base, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** One IPC call over the host's WebSocket. */
async function call(
  ws: WebSocket,
  id: number,
  channel: string,
  input: unknown,
): Promise<Record<string, unknown>> {
  const answer = new Promise<Record<string, unknown>>((resolve) => {
    const listen = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as {
        t: string;
        id?: number;
        result?: Record<string, unknown>;
      };
      if (message.t !== 'result' || message.id !== id) return;
      ws.off('message', listen);
      resolve(message.result ?? {});
    };
    ws.on('message', listen);
  });
  ws.send(JSON.stringify({ t: 'call', id, channel, input }));
  return answer;
}

async function openSocket(): Promise<WebSocket> {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/ipc?token=${host.token}`, {
    origin: host.origin,
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return ws;
}

describe('web host: files.open answers a download link', () => {
  it('serves the local file as a download under its safe name, only with the key of this run', async () => {
    const ws = await openSocket();
    const data = Buffer.from('<html><script>alert(1)</script></html>');
    const spaceId = 'meeting:0190f5a0-0000-7000-8000-000000000009';
    await call(ws, 1, 'files.stage', { transferId: 'transfer-w1', offset: 0, data: data.toString('base64') });
    const committed = await call(ws, 2, 'files.commit', {
      transferId: 'transfer-w1',
      size: data.length,
      spaceId,
    });
    const sha256 = createHash('sha256').update(data).digest('hex');
    expect(committed).toEqual({ ok: true, value: { sha256, size: data.length } });
    const opened = await call(ws, 3, 'files.open', { sha256, name: '../Tờ trình: "số 5".html' });
    expect(opened).toMatchObject({ ok: true, value: { opened: false } });
    const url = (opened.value as { url: string }).url;
    expect(url.startsWith(`${host.origin}/files/`)).toBe(true);
    // The per-run secret itself never appears in a link.
    expect(url).not.toContain(host.token);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(data);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="To trinh_ _so 5_.html"; filename*=UTF-8''${encodeURIComponent('Tờ trình_ _số 5_.html')}`,
    );

    const withoutKey = url.replace(/\?key=.*$/, '');
    expect((await fetch(withoutKey)).status).toBe(403);
    expect((await fetch(`${withoutKey}?key=${host.token}`)).status).toBe(403);
    expect((await fetch(url.replace(/\/files\/[0-9a-f]{4}/, '/files/0000'))).status).toBe(403);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    ws.close();
  });

  it('answers not here for a file the store does not hold, and removes the copies when it closes', async () => {
    const ws = await openSocket();
    const missing = await call(ws, 1, 'files.open', { sha256: 'a'.repeat(64), name: 'x.pdf' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const data = Buffer.from('biên bản');
    const spaceId = 'meeting:0190f5a0-0000-7000-8000-000000000009';
    await call(ws, 2, 'files.stage', { transferId: 'transfer-w2', offset: 0, data: data.toString('base64') });
    await call(ws, 3, 'files.commit', { transferId: 'transfer-w2', size: data.length, spaceId });
    const sha256 = createHash('sha256').update(data).digest('hex');
    const opened = await call(ws, 4, 'files.open', { sha256, name: 'bien-ban.txt' });
    const url = (opened.value as { url: string }).url;
    ws.close();
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('so-tay-tep-')).length;
    await host.close();
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith('so-tay-tep-')).length;
    expect(after).toBe(before - 1);
    await expect(fetch(url)).rejects.toThrow();
  });
});

describe('web host: download links of files it did not copy', () => {
  it('serves them but never deletes them or their folder', async () => {
    const { createFileDownloads } = await import('./file-downloads.ts');
    const folder = join(base, 'exports');
    await import('node:fs/promises').then((fs) => fs.mkdir(folder));
    const file = join(folder, 'ho-so-hoi-nghi.zip');
    await writeFile(file, 'PK');
    const downloads = createFileDownloads({ token: 'secret', origin: () => 'http://127.0.0.1:1' });
    const answer = await downloads.opener.open(file, 'ho-so-hoi-nghi.zip');
    expect(answer).toMatchObject({ opened: false });
    await downloads.close();
    expect(await readdir(folder)).toEqual(['ho-so-hoi-nghi.zip']);
  });
});
