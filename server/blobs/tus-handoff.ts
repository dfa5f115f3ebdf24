import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Server } from '@tus/server';

/**
 * Runs one request through tus and writes its answer, in place of `Server.handle()`. That one ends with
 * srvx's `sendNodeResponse`, which waits for `res.end(callback)`; on a response whose connection is
 * already gone — exactly the cut upload this is all for — Node never calls that callback (checked on
 * Node 26), so the promise never settles and shutdown would wait for it forever. Here tus answers a web
 * Response (`handleWeb`) once its work is done (bytes stored, upload finished), and the answer is written
 * only if the connection is still there.
 *
 * The web Request carries the Node request at `runtime.node.req`, as srvx's does: tus listens there for
 * the client going away (and aborts the write, keeping what arrived), and the creation hook finds what
 * the route checked by it (tus-server.ts).
 */
function webRequestOf(req: IncomingMessage, res: ServerResponse): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const sendsBytes = req.method === 'POST' || req.method === 'PATCH';
  const request = new Request(url, {
    method: req.method ?? 'GET',
    headers,
    ...(sendsBytes ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  });
  return Object.assign(request, { runtime: { node: { req, res } } });
}

async function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: Response): Promise<void> {
  const body = answer.body ? Buffer.from(await answer.arrayBuffer()) : null;
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Refusals carry the API's JSON error body (tus-server.ts); tus labels every string text/plain.
  if (body?.subarray(0, 9).toString() === '{"error":')
    headers['content-type'] = 'application/json; charset=utf-8';
  // Bytes tus did not read (a refused PATCH) would be taken for the next request on this connection.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(body && body.length > 0 ? body : undefined);
}

export async function handleWithTus(tus: Server, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const answer = await tus.handleWeb(webRequestOf(req, res));
  await writeAnswer(req, res, answer);
}
