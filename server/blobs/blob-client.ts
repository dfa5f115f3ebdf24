import { createHash } from 'node:crypto';
import { createServer, connect, type Socket } from 'node:net';
import * as tus from 'tus-js-client';
import { DEFAULT_BLOB_SETTINGS, type BlobSettings, type BlobStoreConfig } from './blob-settings.ts';
import { api } from '../test/harness.ts';

/**
 * For the blob tests: the routes' calls as a client makes them, raw tus 1.0.0 requests, tus-js-client
 * (what main uses) and a TCP proxy that counts the bytes a client sends and can cut the connection.
 */
export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function blobSettings(store: BlobStoreConfig, more: Partial<BlobSettings> = {}): BlobSettings {
  return { ...DEFAULT_BLOB_SETTINGS, store, ...more };
}

interface Server {
  url: string;
}

const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

export function uploadMetadata(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${key} ${b64(value)}`)
    .join(',');
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
}

async function raw(
  server: Server,
  method: string,
  path: string,
  token: string,
  headers: Record<string, string>,
  body?: Uint8Array,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${token}`, ...headers },
    ...(body ? { body } : {}),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** POST /blobs/uploads; `location` is the upload's path. */
export async function createUpload(
  server: Server,
  token: string,
  blob: { spaceId: string; sha256: string; size: number; filename?: string },
  headers: Record<string, string> = {},
  body?: Uint8Array,
): Promise<RawAnswer & { location: string }> {
  const fields: Record<string, string> = {
    sha256: blob.sha256,
    spaceId: blob.spaceId,
    size: String(blob.size),
  };
  if (blob.filename) fields.filename = blob.filename;
  const answer = await raw(
    server,
    'POST',
    '/blobs/uploads',
    token,
    { 'upload-length': String(blob.size), 'upload-metadata': uploadMetadata(fields), ...headers },
    body,
  );
  return { ...answer, location: answer.headers.get('location') ?? '' };
}

export function patchUpload(
  server: Server,
  token: string,
  location: string,
  offset: number,
  bytes: Uint8Array,
) {
  return raw(
    server,
    'PATCH',
    location,
    token,
    { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    bytes,
  );
}

export async function headUpload(server: Server, token: string, location: string) {
  const answer = await raw(server, 'HEAD', location, token, {});
  return {
    ...answer,
    offset: Number(answer.headers.get('upload-offset')),
    length: Number(answer.headers.get('upload-length')),
  };
}

export const checkBlob = (
  server: Server,
  token: string,
  body: { spaceId: string; sha256: string; size: number },
) =>
  api<{ present?: boolean; error?: { code: string; message: string } }>(server, 'POST', '/blobs/check', {
    token,
    body,
  });

export const linkBlob = (
  server: Server,
  token: string,
  body: { spaceId: string; sha256: string; size: number },
) =>
  api<{ sha256?: string; error?: { code: string; message: string } }>(server, 'POST', '/blobs/link', {
    token,
    body,
  });

/** GET /blobs/:sha256 with the answer's bytes. */
export async function download(
  server: Server,
  token: string,
  sha256: string,
  spaceId: string,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}/blobs/${sha256}?spaceId=${encodeURIComponent(spaceId)}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

export type TusUploadOptions = ConstructorParameters<typeof tus.Upload>[1];

/** tus-js-client's upload of `file` (not started), `done` settling when it succeeds or fails. */
export function tusUpload(
  file: ConstructorParameters<typeof tus.Upload>[0],
  options: TusUploadOptions,
): { upload: tus.Upload; done: Promise<void> } {
  let upload: tus.Upload | null = null;
  const done = new Promise<void>((resolve, reject) => {
    upload = new tus.Upload(file, { ...options, onSuccess: () => resolve(), onError: reject });
  });
  if (!upload) throw new Error('tus-js-client did not construct');
  return { upload, done };
}

export const { FileUrlStorage } = tus as unknown as {
  FileUrlStorage: new (path: string) => NonNullable<TusUploadOptions['urlStorage']>;
};

/**
 * A TCP proxy on 127.0.0.1 in front of `target`: counts the bytes clients send and, when `cutAfter` is
 * set, cuts the connection (both ways) once that many have gone through.
 */
export async function startProxy(target: Server) {
  const { hostname, port } = new URL(target.url);
  const sockets = new Set<Socket>();
  const state = { sent: 0, cutAfter: Number.POSITIVE_INFINITY };
  const proxy = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    client.on('data', (data: Buffer) => {
      const room = state.cutAfter - state.sent;
      state.sent += Math.min(data.length, Math.max(room, 0));
      if (data.length >= room) {
        upstream.write(data.subarray(0, Math.max(room, 0)), () => {
          upstream.destroy();
          client.destroy();
        });
        return;
      }
      if (!upstream.write(data)) client.pause();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (data) => client.write(data));
    for (const socket of [client, upstream]) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  const proxyPort = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    state,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
