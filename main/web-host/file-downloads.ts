import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import { OPEN_COPY_PREFIX, type FileOpener } from '../blobs/open-copy.ts';

/** Where the web host serves the files `files.open` hands it: `/files/<id>/<name>?key=…`. */
export const FILE_DOWNLOAD_PATH = '/files/';
/** A link lasts this long; then its copy is deleted. */
const LINK_TTL_MS = 60 * 60_000;

interface Link {
  path: string;
  name: string;
  expiresAt: number;
}

export interface FileDownloadsOptions {
  /** The per-run secret: a link's key is derived from it, so only the host that made the link serves it. */
  token: string;
  /** The host's own address (known once it listens). */
  origin: () => string;
  now?: () => number;
}

/** `attachment` with the name as it is (RFC 5987) and an ASCII stand-in for old browsers. */
function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '_') || 'tep';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * The web host's stand-in for opening a file with an application: a browser cannot, so `files.open`
 * answers a link the page downloads the file from. Each link names a fresh temporary copy (made by
 * main/blobs/open-copy.ts) by a random id and carries a key derived from the per-run secret
 * (HMAC-SHA256), so the secret itself never lands in the browser's downloads list and nobody without it
 * can make a link; the answer is a download (`Content-Disposition: attachment`, no sniffing, a sandboxing
 * CSP), never a page of this origin. Links expire after an hour, and the open copies go with them (a
 * file the host did not copy, such as an export, is only no longer served).
 */
export function createFileDownloads(options: FileDownloadsOptions) {
  const now = options.now ?? Date.now;
  const links = new Map<string, Link>();
  const keyOf = (id: string) => createHmac('sha256', options.token).update(`file:${id}`).digest('base64url');

  /** Forgets a link; a copy `files.open` made is deleted with its folder, any other file is left alone. */
  const forget = async (id: string) => {
    const link = links.get(id);
    links.delete(id);
    const folder = link ? dirname(link.path) : null;
    if (folder && basename(folder).startsWith(OPEN_COPY_PREFIX))
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  };
  const sweep = async () => {
    for (const [id, link] of [...links]) if (link.expiresAt <= now()) await forget(id);
  };

  const opener: FileOpener = {
    async open(path, name) {
      await sweep();
      const id = randomBytes(16).toString('hex');
      links.set(id, { path, name, expiresAt: now() + LINK_TTL_MS });
      const url = `${options.origin()}${FILE_DOWNLOAD_PATH}${id}/${encodeURIComponent(name)}?key=${keyOf(id)}`;
      return { opened: false, url };
    },
  };

  const linkFor = (req: IncomingMessage): Link | null => {
    const url = new URL(req.url ?? '/', 'http://host');
    const match = /^\/files\/([0-9a-f]{32})\/[^/]*$/.exec(url.pathname);
    const id = match?.[1];
    const link = id ? links.get(id) : undefined;
    if (!id || !link || link.expiresAt <= now()) return null;
    const given = Buffer.from(url.searchParams.get('key') ?? '');
    const expected = Buffer.from(keyOf(id));
    return given.length === expected.length && timingSafeEqual(given, expected) ? link : null;
  };

  return {
    opener,
    handles: (req: IncomingMessage) => (req.url ?? '').startsWith(FILE_DOWNLOAD_PATH),
    /** Serves a link's copy; 403 without a valid key (or for an unknown or expired link). */
    async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
      const headers = {
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      };
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      const link = linkFor(req);
      const info = link ? await stat(link.path).catch(() => null) : null;
      if (!link || !info) {
        res.writeHead(403, headers).end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(info.size),
        'Content-Disposition': contentDisposition(link.name),
        'Content-Security-Policy': "sandbox; default-src 'none'",
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(link.path)
        .on('error', () => res.destroy())
        .pipe(res);
    },
    async close(): Promise<void> {
      for (const id of [...links.keys()]) await forget(id);
    },
  };
}
