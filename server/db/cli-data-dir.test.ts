import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  useDataDirCopies,
  countRows,
  MADE_ROWS,
  damages,
  refusalPattern,
  snapshot,
} from './data-dir-fixtures.ts';

/**
 * The same refusals through the command line, as an operator meets them: `serve` (and an admin command,
 * which opens the same folder) exits non-zero with the one line on stderr, no stack trace, never a ready
 * line, and the folder stays exactly as it was.
 */
const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, [cli, ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    // A server that came up on a damaged folder is the bug: stop it rather than wait forever.
    if (stdout.includes('server.ready')) child.kill('SIGKILL');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the command line on a damaged PGlite folder', () => {
  const copies = useDataDirCopies();

  it.each(damages)('serve refuses one with $name and exits 1, touching nothing', async (damage) => {
    const dir = await copies.copy();
    await damage.apply(dir);
    const before = await snapshot(dir);
    const result = await run(['serve', '--port', '0'], dir);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd()).toMatch(refusalPattern(dir, damage.reason));
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('opens a folder left by a killed server again, with its rows (a crash is not damage)', async () => {
    const dir = await copies.copy();
    const server = spawn(process.execPath, [cli, 'serve', '--port', '0'], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('server.ready') && resolve());
      server.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    server.kill('SIGKILL');
    await exited;
    expect(await countRows(dir)).toBe(MADE_ROWS);
  }, 60_000);

  it('admin commands refuse the same way', async () => {
    const dir = await copies.copy();
    await rm(join(dir, 'pgdata', 'PG_VERSION'));
    const before = await snapshot(dir);
    const result = await run(['admin', 'list-users'], dir);
    expect(result.stderr.trimEnd()).toMatch(refusalPattern(dir, /thiếu pgdata\/PG_VERSION/));
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.code).toBe(1);
    expect(await snapshot(dir)).toEqual(before);
  });
});
