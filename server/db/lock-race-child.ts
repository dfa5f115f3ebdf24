import { lockDataDir } from './data-dir-lock.ts';

/**
 * One contender in data-dir-lock.test.ts's race: `node lock-race-child.ts <startAt> <dir>…`. For each
 * folder in turn it waits for its start time (spinning the last milliseconds, so the contenders really
 * start together), tries to take the folder's lock and reports `won`, `busy` or the error. It keeps every
 * lock it won until its stdin closes, so a loser can never find the winner gone.
 */
const [startAt, ...dirs] = process.argv.slice(2);
const ROUND_MS = 150;

async function until(time: number): Promise<void> {
  const early = time - Date.now() - 5;
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
  while (Date.now() < time); // spin: a timer alone wakes a millisecond or two apart
}

const results: string[] = [];
for (const [round, dir] of dirs.entries()) {
  await until(Number(startAt) + round * ROUND_MS);
  try {
    await lockDataDir(dir);
    results.push('won');
  } catch (error) {
    results.push((error as Error).name === 'DataDirBusyError' ? 'busy' : `error ${String(error)}`);
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.stdin.resume();
process.stdin.once('end', () => process.exit(0));
