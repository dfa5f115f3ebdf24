import type { Browser } from '@playwright/test';
import { SyncPage } from './pages/sync-page.ts';

/** A browser page as an official in Vietnam has it (vi-VN, Asia/Ho_Chi_Minh, 1366×768), opened on the app. */
export async function openClientPage(browser: Browser, url: string) {
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  const sync = new SyncPage(page);
  await sync.open(url);
  return { page, sync };
}
