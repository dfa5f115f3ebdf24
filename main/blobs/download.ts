import { createHash, type Hash } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mainMessage } from '../../shared/i18n/main.ts';
import type { BlobRef } from '../../shared/sync/blobs-api.ts';
import { HandlerFailure } from '../ipc/handlers.ts';
import type { BlobStore } from './blob-store.ts';
import { TransferFailure, transferFailureForStatus, type BlobServer } from './blob-server.ts';
import { hashFile, isMissing, openHashingWriter, type DiskIo, type HashingWriter } from './disk-io.ts';

export interface DownloadDeps {
  store: BlobStore;
  server: BlobServer;
  io: DiskIo;
  /** Where cut downloads wait to be resumed: `<profile>/blobs/partial/<sha256>`. */
  partialDir: string;
  onProgress?: (received: number, size: number) => void;
  /** A response that sends nothing for this long is given up (the bytes so far are kept). */
  idleMs?: number;
}

/** GET with the given headers; the response, whatever its status. */
function get(url: string, headers: Record<string, string>, idleMs: number): Promise<IncomingMessage> {
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, { method: 'GET', headers }, resolve);
    req.setTimeout(idleMs, () => req.destroy(new Error('idle')));
    req.on('error', reject);
    req.end();
  });
}

/** The first byte a 206 answer carries (`Content-Range: bytes <start>-<end>/<total>`), null if unreadable. */
function rangeStart(response: IncomingMessage): number | null {
  const match = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(response.headers['content-range'] ?? '');
  return match ? Number(match[1]) : null;
}

/** How much of the blob the partial file already holds, hashed; nothing when it cannot be used. */
async function resumePoint(path: string, size: number): Promise<{ hash: Hash; size: number } | null> {
  const have = await stat(path).then(
    (info) => info.size,
    (error: unknown) => (isMissing(error) ? 0 : Promise.reject(error)),
  );
  if (have === 0 || have > size) {
    await rm(path, { force: true });
    return null;
  }
  const hash = createHash('sha256');
  return { hash, size: await hashFile(path, hash) };
}

/** Asks for the blob from `have` on, renewing the token once after a 401. */
async function request(ref: BlobRef, have: number, deps: DownloadDeps): Promise<IncomingMessage> {
  for (const renew of [false, true]) {
    const { baseUrl, accessToken } = await deps.server.credentials(renew);
    const url = `${baseUrl}/blobs/${ref.sha256}?spaceId=${encodeURIComponent(ref.spaceId)}`;
    const headers: Record<string, string> = { Authorization: `Bearer ${accessToken}` };
    if (have > 0) Object.assign(headers, { Range: `bytes=${have}-`, 'If-Range': `"${ref.sha256}"` });
    const response = await get(url, headers, deps.idleMs ?? 60_000).catch(() => {
      throw transferFailureForStatus(null);
    });
    if (response.statusCode !== 401 || renew) return response;
    response.resume();
  }
  throw transferFailureForStatus(401);
}

/** Appends the body to the partial file; a cut keeps what arrived, more bytes than the blob has are refused. */
async function receive(response: IncomingMessage, writer: HashingWriter, ref: BlobRef, deps: DownloadDeps) {
  try {
    for await (const chunk of response) {
      const bytes = chunk as Buffer;
      if (writer.size + bytes.length > ref.size)
        throw new TransferFailure('damaged', mainMessage('files.downloadMismatch'));
      await writer.write(bytes);
      deps.onProgress?.(writer.size, ref.size);
    }
  } catch (error) {
    if (error instanceof TransferFailure || error instanceof HandlerFailure) {
      await writer.discard();
      throw error instanceof HandlerFailure ? new TransferFailure('wait', error.message) : error;
    }
    await writer.close();
    throw transferFailureForStatus(null);
  }
  if (writer.size < ref.size) {
    await writer.close();
    throw transferFailureForStatus(null);
  }
}

/** One attempt from where the partial file stands; 'restart' when the server could not continue it. */
async function attempt(ref: BlobRef, deps: DownloadDeps, path: string): Promise<'done' | 'restart'> {
  const resume = await resumePoint(path, ref.size);
  const have = resume?.size ?? 0;
  const response = await request(ref, have, deps);
  const status = response.statusCode ?? 0;
  if (status === 416 || (status === 206 && rangeStart(response) !== have) || (status === 200 && have > 0)) {
    response.resume();
    await rm(path, { force: true });
    return 'restart';
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw transferFailureForStatus(status);
  }
  deps.onProgress?.(have, ref.size);
  const writer = await openHashingWriter(path, deps.io, resume).catch((error: unknown) => {
    response.destroy();
    throw error;
  });
  await receive(response, writer, ref, deps);
  const done = await writer.finish();
  if (done.sha256 !== ref.sha256 || done.size !== ref.size) {
    await rm(path, { force: true });
    throw new TransferFailure('damaged', mainMessage('files.downloadMismatch'));
  }
  await deps.store.adopt(path, ref.sha256);
  return 'done';
}

/**
 * Fetches one blob into the store: `GET /blobs/:sha256?spaceId=…` into a partial file, resumed after a
 * cut with `Range: bytes=<have>-` (and `If-Range` with the hash, so a server that cannot continue sends
 * the whole file again), the hash checked over every byte at the end before the file enters the store.
 */
export async function downloadBlob(ref: BlobRef, deps: DownloadDeps): Promise<void> {
  if ((await deps.store.verify(ref.sha256)) !== null) return;
  await mkdir(deps.partialDir, { recursive: true });
  const path = join(deps.partialDir, ref.sha256);
  if ((await attempt(ref, deps, path)) === 'restart' && (await attempt(ref, deps, path)) === 'restart')
    throw transferFailureForStatus(416);
}
