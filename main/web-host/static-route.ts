import { mainMessage } from '../../shared/i18n/main.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { readStaticFile } from './static-files.ts';

/** Serves the built renderer with a strict CSP (its only other origin is the host's own WebSocket). */
export async function serveStatic(
  rendererDir: string,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy([origin.replace(/^http/, 'ws')]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, headers).end();
    return;
  }
  const file = await readStaticFile(rendererDir, req.url ?? '/');
  if (!file) {
    res
      .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
      .end(mainMessage('static.notFound'));
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': file.contentType });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
