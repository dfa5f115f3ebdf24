/**
 * `npm run bench:files` — conference files between main and a real district server on loopback (PGlite,
 * the embedded default), each figure against a plain HTTP stream of the same bytes on loopback in the same
 * run (bench/README.md, "Files"):
 * - upload a FILES_MB (default 200) MB file: the app's path (check, then a tus upload from the local store,
 *   the server hashing it and storing the blob) against a plain POST of the file to a server that only
 *   counts the bytes; goal ≥ 80 % of the plain stream's rate;
 * - download it on another machine: the app's path (Range GET into a partial file, hashed, into the store)
 *   against a plain GET of the same bytes; goal ≥ 80 %;
 * - main's memory while streaming: the largest RSS above the idle one during each transfer (goal: flat,
 *   i.e. not growing with the file);
 * - a third machine attaching the same file: bytes sent up (goal: no content, only check + link).
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { meetingSpace } from '../shared/domain/space.ts';
import { uuidv7 } from '../shared/ids/index.ts';
import { silentLogger } from '../main/log/logger.ts';
import { createSyncService } from '../main/server-link/sync-service.ts';
import { blobServerOf } from '../main/blobs/blob-server.ts';
import { createFilesService } from '../main/blobs/files-service.ts';
import { eventLog, fileBytes, sha256Of, stageFile, tempFolders } from '../main/blobs/test-kit.ts';
import { startCountingProxy, startDistrict } from '../main/blobs/test-district.ts';
import { add, details } from './lib/figures.ts';
import { log, round } from './lib/harness.ts';
import { report } from './lib/report.ts';

const MB = 1024 * 1024;
const SIZE = Number(process.env.FILES_MB ?? 200) * MB;
const SPACE = meetingSpace(uuidv7(Date.now()));
const account = { username: 'bench.tailieu', password: 'mat-khau-bench-2024', name: 'Văn phòng Quận ủy' };

/** A loopback server that counts what it is sent and serves `file` back: the plain-stream baseline. */
async function plainServer(file: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.method === 'POST') {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => res.end(String(bytes)));
    } else {
      res.writeHead(200, { 'content-length': String(SIZE) });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function plainTransfer(url: string, file: string, method: 'POST' | 'GET'): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: method === 'POST' ? { 'content-length': SIZE } : {} },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(performance.now() - started));
      },
    );
    req.on('error', reject);
    if (method === 'POST') createReadStream(file).pipe(req);
    else req.end();
  });
}

/** Runs `work` while sampling this process's RSS; answers its time and the largest RSS above the start. */
async function measured(work: () => Promise<void>): Promise<{ ms: number; rssMb: number }> {
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: performance.now() - started, rssMb: round((peak - base) / MB, 1) };
}

async function machine(profile: string, proxyUrl: string) {
  const events = eventLog();
  const sync = createSyncService({
    userDataDir: profile,
    emit: events.emit,
    log: silentLogger,
    now: Date.now,
  });
  await sync.login({ serverUrl: proxyUrl, ...account });
  const files = createFilesService({
    userDataDir: profile,
    server: blobServerOf(sync),
    emit: events.emit,
    log: silentLogger,
    opener: null,
    progressEveryMs: 1_000,
  });
  return { files, stop: async () => (await files.stop(), sync.stop()) };
}

type Machine = Awaited<ReturnType<typeof machine>>;

async function untilState(m: Machine, sha256: string, done: (state: unknown) => boolean) {
  for (;;) {
    m.files.kick();
    await m.files.idle();
    const { states } = await m.files.handlers['files.states']({ sha256s: [sha256] });
    if (done(states[0])) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const rateOf = (ms: number) => round(SIZE / MB / (ms / 1000), 1);

function addRate(figure: string, ms: number, plainMs: number, plain: string) {
  const value = rateOf(ms);
  const baselineValue = rateOf(plainMs);
  const goalMet = value >= 0.8 * baselineValue;
  add({
    figure,
    value,
    unit: 'MB/s',
    baseline: plain,
    baselineValue,
    goal: '≥ 80 % of plain',
    meetsGoal: goalMet,
  });
}

async function main() {
  const started = performance.now();
  const folders = await tempFolders();
  const district = await startDistrict([{ ...account, grants: [{ spaceId: SPACE, role: 'write' }] }]);
  const proxy = await startCountingProxy(district.url);
  const data = fileBytes(SIZE, 7);
  const sha256 = sha256Of(data);
  const file = join(folders.base, 'du-thao.bin');
  await writeFile(file, data);
  const plain = await plainServer(file);
  try {
    const plainUp = await plainTransfer(plain.url, file, 'POST');
    const plainDown = await plainTransfer(plain.url, file, 'GET');
    log(`plain stream: up ${round(plainUp)} ms, down ${round(plainDown)} ms`);

    const a = await machine(join(folders.base, 'a'), proxy.url);
    const staged = performance.now();
    const up = await measured(async () => {
      await stageFile(a.files, data, SPACE, 512 * 1024);
      await untilState(
        a,
        sha256,
        (state) => (state as { uploaded?: boolean } | undefined)?.uploaded === true,
      );
    });
    details.uploadIncludesStagingMs = round(performance.now() - staged);
    addRate(
      `upload ${SIZE / MB} MB (staging from the page included)`,
      up.ms,
      plainUp,
      'plain POST on loopback',
    );

    const b = await machine(join(folders.base, 'b'), proxy.url);
    const down = await measured(async () => {
      await b.files.handlers['files.fetch']({ blobs: [{ sha256, spaceId: SPACE, size: SIZE }] });
      await untilState(b, sha256, (state) => (state as { state?: string } | undefined)?.state === 'local');
    });
    addRate(`download ${SIZE / MB} MB`, down.ms, plainDown, 'plain GET on loopback');
    for (const [label, value] of [
      ['upload', up.rssMb],
      ['download', down.rssMb],
    ] as const)
      add({
        figure: `main's RSS growth during the ${label}`,
        value,
        unit: 'MB',
        baseline: `file ${SIZE / MB} MB`,
        baselineValue: SIZE / MB,
        goal: 'flat (≪ file)',
        meetsGoal: value < SIZE / MB / 4,
      });

    const c = await machine(join(folders.base, 'c'), proxy.url);
    await untilState(c, sha256, () => true);
    proxy.reset();
    await stageFile(c.files, data, SPACE, 512 * 1024);
    await untilState(c, sha256, (state) => (state as { uploaded?: boolean } | undefined)?.uploaded === true);
    const sent = proxy.up;
    add({
      figure: 'a known file attached again: bytes sent up',
      value: round(sent / 1024, 1),
      unit: 'KB',
      baseline: `file ${SIZE / MB} MB`,
      baselineValue: SIZE / 1024,
      goal: 'no content (check + link)',
      meetsGoal: sent < 64 * 1024,
    });
    for (const m of [a, b, c]) await m.stop();
  } finally {
    plain.server.close();
    await proxy.close();
    await district.stop();
    await folders.cleanup();
  }
  await report({ sizeMb: SIZE / MB }, started, 'files');
}

await main();
