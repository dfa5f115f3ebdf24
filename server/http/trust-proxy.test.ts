import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_ARGON2, api, type TestServer } from '../test/harness.ts';
import { backends, type TestBackend } from '../test/backends.ts';
import { startServer } from '../server.ts';
import { parseTrustProxy } from './trust-proxy.ts';

describe('TRUST_PROXY', () => {
  it('takes a comma-separated list of addresses or ranges', () => {
    expect(parseTrustProxy(undefined)).toEqual({ ok: true, proxies: [] });
    expect(parseTrustProxy(' ')).toEqual({ ok: true, proxies: [] });
    expect(parseTrustProxy('127.0.0.1, 10.0.0.5')).toEqual({ ok: true, proxies: ['127.0.0.1', '10.0.0.5'] });
    expect(parseTrustProxy('10.0.0.0/24,::1,fd00::/8')).toMatchObject({ ok: true });
    for (const bad of ['1', 'true', '10.0.0.0/33', '10.0.0', 'proxy.local', '127.0.0.1,', '::1/129'])
      expect(parseTrustProxy(bad), bad).toEqual({ ok: false });
  });

  it('refuses a bad value at start with one line', async () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
    const env = { ...process.env, TRUST_PROXY: '1', DATABASE_URL: '', DATA_DIR: '/nonexistent/unused' };
    const run = promisify(execFile)(process.execPath, [cli, 'serve', '--port', '0'], { env });
    const failure = (await run.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stderr: string } | null;
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      'TRUST_PROXY không hợp lệ: 1 (cần danh sách địa chỉ IP của các proxy, cách nhau bằng dấu phẩy, ví dụ 127.0.0.1,10.0.0.5; có thể ghi dải như 10.0.0.0/24)',
    );
  });
});

async function startProxiedServer(backend: TestBackend, trustProxy: string[]) {
  const database = await backend.create();
  const server = await startServer({
    database: database.config,
    trustProxy,
    settings: {
      argon2: QUICK_ARGON2,
      loginLimits: { windowMs: 15 * 60_000, maxPerUsername: 100, maxPerIp: 3 },
    },
  });
  return { ...server, stop: () => server.close().then(() => database.drop()) };
}

describe.each(backends)('the address-based login limit behind proxies on $name', (backend) => {
  let untrusting: Pick<TestServer, 'url' | 'stop'>;
  let trusting: Pick<TestServer, 'url' | 'stop'>;

  beforeAll(async () => {
    untrusting = await startProxiedServer(backend, ['10.9.9.9']);
    trusting = await startProxiedServer(backend, ['127.0.0.1']);
  }, 60_000);
  afterAll(() => Promise.all([untrusting.stop(), trusting.stop()]));

  const attempt = (server: { url: string }, i: number, forwardedFor: string) =>
    api(server, 'POST', '/auth/login', {
      body: { username: `khach.${i}`, password: 'sai-mat-khau', clientId: 'c' },
      headers: { 'x-forwarded-for': forwardedFor },
    });

  it('counts the real address when an untrusted client sends X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt(untrusting, i, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('takes the hop a trusted proxy added', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await attempt(trusting, i, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    // A hop the client wrote before the proxy's is not believed: the proxy's own entry counts.
    const spoofed: number[] = [];
    for (let i = 0; i < 5; i += 1)
      spoofed.push((await attempt(trusting, i, `198.51.100.${i}, 203.0.113.77`)).status);
    expect(spoofed).toEqual([401, 401, 401, 429, 429]);
  });
});
