import type { BrowserContext, Page } from '@playwright/test';
import type { BenchServer } from '../lib/district.ts';

/** What every stage of a bench run shares: the temp folder, the server, the browser and its first page. */
export interface BenchRun {
  work: string;
  server: BenchServer;
  /** Origin of the loopback page server (bench page + /api proxy + /couch proxy). */
  origin: string;
  /** The district server's API as the page reaches it (through the page server). */
  api: string;
  context: BrowserContext;
  page: Page;
}
