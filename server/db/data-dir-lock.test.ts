import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';
import { removeScratch, scratchDir } from './data-dir-fixtures.ts';

const child = fileURLToPath(new URL('./lock-race-child.ts', import.meta.url));

/** The pid of a process that has exited: what a lock left by a crashed server holds. */
async function deadPid(): Promise<number> {
  const process_ = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => process_.once('exit', resolve));
  return process_.pid ?? 0;
}

function holdingPids(lines: string): number[] {
  return lines
    .split('\n')
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((pid) => pid > 0);
}

describe('the data folder lock', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) await removeScratch(dir);
  });

  async function folder(): Promise<string> {
    const dir = join(await scratchDir('committee-lock-'), 'data');
    await mkdir(dir);
    scratch.push(dir);
    return dir;
  }

  it('is refused to a second taker while held, and free again once released', async () => {
    const dir = await folder();
    const lock = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toMatchObject({ name: 'DataDirBusyError', pid: process.pid });
    await lock.release();
    await (await lockDataDir(dir)).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a stale lock left by a dead process', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'server.lock'), String(await deadPid()));
    const lock = await lockDataDir(dir);
    expect(holdingPids(await readFile(join(dir, 'server.lock'), 'utf8'))).toEqual([process.pid]);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses, naming the files, when a process died while taking over a stale lock', async () => {
    const dir = await folder();
    const stale = String(await deadPid());
    await writeFile(join(dir, 'server.lock'), stale);
    const claim = `server.lock.claim-${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;
    await writeFile(join(dir, claim), `${await deadPid()} token\n`);
    await expect(lockDataDir(dir)).rejects.toMatchObject({
      name: 'DataDirStuckLockError',
      message: expect.stringContaining(`(server.lock, ${claim})`),
    });
    expect((await readdir(dir)).sort()).toEqual([claim, 'server.lock'].sort());
  });

  it('lets exactly one of three processes racing for a stale lock win', async () => {
    const rounds = 12;
    const dirs: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const dir = await folder();
      await writeFile(join(dir, 'server.lock'), String(await deadPid()));
      dirs.push(dir);
    }
    const startAt = String(Date.now() + 1_500);
    const racers = [0, 1, 2].map(() =>
      spawn(process.execPath, [child, startAt, ...dirs], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    try {
      const results = await Promise.all(
        racers.map(
          (racer) =>
            new Promise<string[]>((resolve, reject) => {
              let out = '';
              racer.stdout.on('data', (chunk: Buffer) => {
                out += chunk.toString();
                if (out.includes('\n')) resolve(JSON.parse(out) as string[]);
              });
              racer.once('exit', (code) => reject(new Error(`racer exited ${code}`)));
            }),
        ),
      );
      const outcomes = dirs.map((_, round) =>
        results
          .map((racer) => racer[round])
          .sort()
          .join('+'),
      );
      expect(outcomes).toEqual(Array.from({ length: rounds }, () => 'busy+busy+won'));
      // The lock names the winner, and only the winner.
      for (const [round, dir] of dirs.entries()) {
        const winner = racers[results.findIndex((racer) => racer[round] === 'won')]?.pid;
        expect(holdingPids(await readFile(join(dir, 'server.lock'), 'utf8'))).toEqual([winner]);
      }
    } finally {
      for (const racer of racers) racer.stdin.end();
    }
  }, 60_000);
});
