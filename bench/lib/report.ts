import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { details, figures } from './figures.ts';
import { round } from './harness.ts';
import { profiles } from './profiled.ts';

/** Prints the table (with ratios), the notes and the profiles; writes bench/results/latest.json. */
export async function report(
  options: Record<string, unknown>,
  startedMs: number,
  name = 'latest',
): Promise<void> {
  const table = figures.map((f) => ({
    figure: f.figure,
    value: `${f.value} ${f.unit}`,
    baseline: `${f.baselineValue} (${f.baseline})`,
    ratio: Number.isNaN(f.ratio) ? '-' : `${round(f.ratio)}×`,
    goal: f.goal,
    ok: f.meetsGoal === null ? '' : f.meetsGoal ? 'yes' : 'NO',
  }));
  console.table(table);
  for (const f of figures) if (f.note) console.log(`- ${f.figure}: ${f.note}`);
  for (const [label, spots] of Object.entries(profiles)) {
    console.log(`\nCPU profile, top self time (share of busy time, idle excluded) — ${label}`);
    for (const spot of spots)
      console.log(
        `  ${String(spot.selfPercent).padStart(5)}%  ${String(spot.selfMs).padStart(6)} ms  ${spot.fn}`,
      );
  }
  const resultsDir = new URL('../results/', import.meta.url);
  await mkdir(resultsDir, { recursive: true });
  const seconds = round((performance.now() - startedMs) / 1000);
  const result = {
    at: new Date().toISOString(),
    options,
    machine: { cpus: cpus().length, node: process.version },
    totalSeconds: seconds,
    figures,
    details,
    profiles,
  };
  await writeFile(new URL(`${name}.json`, resultsDir), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written bench/results/${name}.json (${seconds} s)`);
}
