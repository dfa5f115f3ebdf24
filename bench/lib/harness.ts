import type { BrowserContext, Page } from '@playwright/test';
import type { BenchApi, RoundTiming } from '../browser/api.ts';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Replicas A and B are tabs of one browser here but separate machines in life: no background throttling.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function log(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export async function withTimeout<T>(label: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: over its ${ms / 1000} s budget`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls window.bench.<method>(...args) in the page. */
export async function call<K extends keyof BenchApi>(
  page: Page,
  method: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([m, a]) => {
      const bench = (window as unknown as { bench: Record<string, (...x: unknown[]) => unknown> }).bench;
      const fn = bench[m];
      if (!fn) throw new Error(`no bench.${m}`);
      return fn(...a);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

export async function openPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  if (process.env.BENCH_DEBUG) {
    page.on('console', (message) => log(`page: ${message.text()}`));
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
  }
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.title === 'bench ready', undefined, { timeout: 30_000 });
  return page;
}

export async function heapUsedMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  return used / 1024 / 1024;
}

export function describeRound(round_: RoundTiming | undefined): string {
  if (!round_) return '';
  const waits = Object.entries(round_.transportMs)
    .map(([k, v]) => `${k} ${round(v, 0)} ms/${round_.calls[k] ?? 0}`)
    .join(', ');
  const waited = Object.values(round_.transportMs).reduce((a, b) => a + b, 0);
  return `round ${round(round_.ms, 0)} ms = awaiting server [${waits}] + local ${round(round_.ms - waited, 0)} ms`;
}
