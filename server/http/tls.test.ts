import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server.ts';
import { pglite } from '../test/backends.ts';
import { QUICK_ARGON2 } from '../test/harness.ts';
import { tlsFromEnv } from './tls.ts';

const run = promisify(execFile);
const NODE = join(process.cwd(), 'node_modules/.bin/node');

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const OPENSSL = hasOpenssl();

/** A throwaway district CA and a server certificate it issued for 127.0.0.1, as docs/operations.md does. */
async function issueCertificates(dir: string): Promise<void> {
  const openssl = (args: string[]) => run('openssl', args, { cwd: dir });
  await openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem']
      .concat(['-days', '2', '-subj', '/CN=Test District CA'])
      .concat([
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ]),
  );
  await openssl(
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr'].concat([
      '-subj',
      '/CN=127.0.0.1',
    ]),
  );
  await writeFile(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  await openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial'].concat([
      '-out',
      'server.pem',
      '-days',
      '2',
      '-extfile',
      'server.ext',
    ]),
  );
}

/** Fetches `url` from a Node process of its own; prints `{ status }` or `{ error: <cause code> }`. */
async function fetchFromChild(url: string, extraCa: string | null) {
  const script = `fetch(${JSON.stringify(url)}).then(
    async (r) => console.log(JSON.stringify({ status: r.status, body: await r.text() })),
    (e) => console.log(JSON.stringify({ error: e.cause?.code ?? String(e) })))`;
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  if (extraCa) env.NODE_EXTRA_CA_CERTS = extraCa;
  const { stdout } = await run(NODE, ['-e', script], { env });
  return JSON.parse(stdout) as { status?: number; body?: string; error?: string };
}

describe('TLS from TLS_CERT and TLS_KEY', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'committee-tls-'));
    if (OPENSSL) await issueCertificates(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is plain HTTP when neither is set', () => {
    expect(tlsFromEnv({})).toBeUndefined();
    expect(tlsFromEnv({ TLS_CERT: ' ', TLS_KEY: '' })).toBeUndefined();
  });

  it('refuses one without the other, and a file it cannot read', () => {
    expect(() => tlsFromEnv({ TLS_CERT: '/x/cert.pem' })).toThrow(/cả TLS_CERT và TLS_KEY.*chỉ có TLS_CERT/);
    expect(() => tlsFromEnv({ TLS_KEY: '/x/key.pem' })).toThrow(/chỉ có TLS_KEY/);
    expect(() => tlsFromEnv({ TLS_CERT: join(dir, 'none.pem'), TLS_KEY: join(dir, 'none.key') })).toThrow(
      /Không đọc được tệp TLS_CERT .*ENOENT/,
    );
  });

  // openssl makes the certificates; without it there is nothing to serve with (said, not hidden).
  it.skipIf(!OPENSSL)('refuses a file that is not PEM and a key that is not the certificate’s', async () => {
    await writeFile(join(dir, 'junk.txt'), 'không phải chứng chỉ');
    expect(() => tlsFromEnv({ TLS_CERT: join(dir, 'junk.txt'), TLS_KEY: join(dir, 'server.key') })).toThrow(
      /TLS_CERT .* không phải chứng chỉ dạng PEM/,
    );
    expect(() => tlsFromEnv({ TLS_CERT: join(dir, 'server.pem'), TLS_KEY: join(dir, 'ca.key') })).toThrow(
      /Không dùng được chứng chỉ TLS_CERT với khóa TLS_KEY/,
    );
  });

  it.skipIf(!OPENSSL)(
    'serves HTTPS that a client trusting the district CA accepts and others refuse',
    async () => {
      const https = tlsFromEnv({ TLS_CERT: join(dir, 'server.pem'), TLS_KEY: join(dir, 'server.key') });
      expect(https).toBeDefined();
      if (!https) throw new Error('no TLS options');
      // The real server, as `serve` starts it with TLS_CERT and TLS_KEY.
      const testDatabase = await pglite.create();
      const server = await startServer({
        database: testDatabase.config,
        https,
        settings: { argon2: QUICK_ARGON2 },
      });
      try {
        expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
        const url = `${server.url}/health/live`;
        expect(await fetchFromChild(url, join(dir, 'ca.pem'))).toMatchObject({ status: 200 });
        const refused = await fetchFromChild(url, null);
        expect(refused.error).toMatch(
          /SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE)/,
        );
      } finally {
        await server.close();
        await testDatabase.drop();
      }
    },
  );
});
