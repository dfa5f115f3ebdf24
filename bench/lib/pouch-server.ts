import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordChange } from '../../shared/sync/change.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface PouchServer {
  url: string;
  stop(): Promise<void>;
}

/** pouchdb-server on LevelDB (leveldown) in `dir`, on loopback. */
export async function startPouchServer(dir: string): Promise<PouchServer> {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/pouchdb-server/bin/pouchdb-server'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--config',
      join(dir, 'config.json'),
      '--no-stdout-logs',
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${stderr}`);
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > until) throw new Error(`pouchdb-server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The same district records as PouchDB documents (`_id` = record id), written with _bulk_docs. */
export async function loadPouch(url: string, db: string, changes: readonly RecordChange[]): Promise<number> {
  const created = await fetch(`${url}/${db}`, { method: 'PUT' });
  if (!created.ok) throw new Error(`PUT /${db}: ${created.status}`);
  const start = performance.now();
  for (let i = 0; i < changes.length; i += 1000) {
    const docs = changes.slice(i, i + 1000).map((c) => ({
      _id: c.recordId,
      entity: c.entity,
      spaceId: c.spaceId,
      ...c.fields,
    }));
    const answer = await fetch(`${url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ docs }),
    });
    if (!answer.ok) throw new Error(`_bulk_docs: ${answer.status}`);
  }
  return performance.now() - start;
}
