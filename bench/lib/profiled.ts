import type { Page } from '@playwright/test';
import { hotSpots, type CpuProfile, type HotSpot } from './profile.ts';
import { PROFILE } from './options.ts';

/** CPU hot spots by label, filled when --profile is on and printed with the table. */
export const profiles: Record<string, HotSpot[]> = {};

/** Runs `work` under the page's CPU profiler when --profile is on. */
export async function profiled<T>(page: Page, label: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    profiles[label] = hotSpots(profile as unknown as CpuProfile);
    await cdp.detach();
  }
}
