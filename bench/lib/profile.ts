import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The part of a V8 .cpuprofile (CDP Profiler.Profile) read here. */
export interface CpuProfile {
  nodes: Array<{
    id: number;
    hitCount?: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }>;
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface HotSpot {
  fn: string;
  selfPercent: number;
  selfMs: number;
}

/** Where a frame's code comes from: an npm package, a folder of this repo, or a V8 pseudo-frame. */
function origin(url: string): string {
  if (!url) return '(native/V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const repo = /\/work\/main\/([^/]+)\//.exec(url);
  if (repo?.[1]) return repo[1];
  if (url.startsWith('node:') || !url.includes('/')) return 'node internals';
  return url.split('/').slice(-2).join('/');
}

/**
 * Self time, highest first, as a share of the busy time (idle left out): by function (name + file), or
 * with `byOrigin` by package / repo folder.
 */
export function hotSpots(profile: CpuProfile, top = 12, byOrigin = false): HotSpot[] {
  const busy = profile.nodes.filter((n) => n.callFrame.functionName !== '(idle)');
  const all = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const total = busy.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const ms = ((profile.endTime - profile.startTime) / 1000) * (total / Math.max(1, all));
  const bySpot = new Map<string, number>();
  for (const node of busy) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').slice(-2).join('/');
    const key = byOrigin
      ? origin(url)
      : `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    bySpot.set(key, (bySpot.get(key) ?? 0) + (node.hitCount ?? 0));
  }
  return [...bySpot.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, hits]) => ({
      fn,
      selfPercent: Math.round((1000 * hits) / Math.max(1, total)) / 10,
      selfMs: Math.round((ms * hits) / Math.max(1, total)),
    }));
}

/** The first .cpuprofile Node wrote into `dir` (`--cpu-prof --cpu-prof-dir`). */
export async function readNodeProfile(dir: string): Promise<CpuProfile | null> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.cpuprofile'));
  const file = files[0];
  if (!file) return null;
  return JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
}

/** Share of the profile's samples that were not idle: how busy the process's main thread was. */
export function busyPercent(profile: CpuProfile): number {
  const all = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const idle = profile.nodes
    .filter((n) => n.callFrame.functionName === '(idle)')
    .reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  return Math.round((1000 * (all - idle)) / Math.max(1, all)) / 10;
}
