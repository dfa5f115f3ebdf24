import type { Protocol } from 'electron';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveRendererBundle } from './app-protocol.ts';

async function handlerFor(rendererDir: string) {
  let handler: ((request: Request) => Promise<Response>) | undefined;
  const protocol = { handle: (_scheme: string, h: typeof handler) => (handler = h) };
  serveRendererBundle(protocol as unknown as Protocol, rendererDir);
  if (!handler) throw new Error('no handler registered');
  return handler;
}

describe('app:// protocol', () => {
  it('serves the bundle with a strict CSP and refuses paths outside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bundle-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Sổ tay</title>');
    const handle = await handlerFor(dir);

    const index = await handle(new Request('app://bundle/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await index.text()).toContain('Sổ tay');

    expect((await handle(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
  });
});
