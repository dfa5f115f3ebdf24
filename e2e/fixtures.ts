import { test as base, expect } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

interface Fixtures {
  /** Set with `test.use({ demo: true })` to start from the demo data. */
  demo: boolean;
  webHost: WebHostProcess;
  app: AppShellPage;
}

/** Each test gets its own web host with a fresh profile; its log is attached when the test fails. */
export const test = base.extend<Fixtures>({
  demo: [false, { option: true }],
  webHost: async ({ demo }, use, testInfo) => {
    const host = await startWebHostProcess({ demo });
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('web-host.log', { body: host.log(), contentType: 'text/plain' });
    }
    await host.stop();
  },
  app: async ({ page, webHost }, use) => {
    const app = new AppShellPage(page);
    await app.open(webHost.url);
    await use(app);
  },
});

export { expect };
