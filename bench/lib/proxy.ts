import { readFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves the built bench page and forwards /api/* to the district server and /couch/* to the PouchDB
 * server (when there is one), so the page talks to both from its own origin (neither sends CORS
 * headers). Loopback only.
 */
export async function startPageServer(staticDir: string, target: string, couchTarget: string | null = null) {
  const upstreams: Array<[string, URL]> = [['/api/', new URL(target)]];
  if (couchTarget) upstreams.push(['/couch/', new URL(couchTarget)]);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const route = upstreams.find(([prefix]) => url.startsWith(prefix));
    if (route) {
      const [prefix, upstream] = route;
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: url.slice(prefix.length - 1),
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(forward);
      return;
    }
    const path = normalize(url.split('?')[0] === '/' ? '/index.html' : (url.split('?')[0] ?? '/'));
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    readFile(join(staticDir, path)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
