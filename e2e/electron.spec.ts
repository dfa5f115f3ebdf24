import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The Electron binary, when this machine has one (`npx install-electron` with internet access). Looked up
 * without `require('electron')`, which would try to download it.
 */
function electronBinary(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip(!binary, 'No Electron binary on this machine: the same checks run through the web host.');

  test('opens the hardened window, exposes only window.api and round-trips a call', async ({}, testInfo) => {
    const profile = await mkdtemp(join(tmpdir(), 'committee-electron-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), root],
      env: { ...process.env, COMMITTEE_USER_DATA: profile },
    });
    try {
      const page = await app.firstWindow();
      await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
      await expect(page.getByRole('heading', { name: 'Chào mừng đồng chí' })).toBeVisible();
      const probe = await page.evaluate(async () => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        opened: window.open('https://example.org') === null,
        ping: await (
          window as unknown as { api: { invoke: (c: string, i: unknown) => Promise<unknown> } }
        ).api.invoke('app.ping', { text: 'Long Biên' }),
      }));
      expect(probe).toMatchObject({
        require: 'undefined',
        process: 'undefined',
        opened: true,
        ping: { ok: true, value: { text: 'Long Biên' } },
      });
      await page.screenshot({ path: testInfo.outputPath('electron-home.png') });
    } finally {
      await app.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
