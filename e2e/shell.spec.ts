import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi } from './call-api.ts';
import { expect, test } from './fixtures.ts';

test('opens the home screen through the web host and shows the three jobs', async ({
  app,
  page,
}, testInfo) => {
  await expect(page.getByRole('heading', { name: 'Chào mừng đồng chí' })).toBeVisible();
  for (const job of ['Chương trình – Kế hoạch', 'Nhiệm vụ', 'Hội nghị'])
    await expect(app.nav(job)).toBeVisible();
  await expect(app.status).toContainText('Không có thay đổi chờ đồng bộ');
  await expect(app.status).toContainText('Chạy trên trình duyệt');
  await page.screenshot({ path: testInfo.outputPath('home.png'), fullPage: true });
  await testInfo.attach('home', { path: testInfo.outputPath('home.png'), contentType: 'image/png' });

  await app.nav('Nhiệm vụ').click();
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ' })).toBeVisible();
  await expect(page).toHaveURL(/#\/tasks$/);
  await page.reload();
  await app.waitReady();
  await expect(page.getByText('Chưa có nhiệm vụ nào.')).toBeVisible();
});

test('window.api round-trips a call and refuses bad input with a typed error', async ({ app, page }) => {
  const answer = await callApi(page, 'app.ping', { text: 'Xin chào Long Biên' });
  expect(answer).toMatchObject({ ok: true, value: { text: 'Xin chào Long Biên' } });

  const info = await callApi(page, 'app.info', {});
  expect(info).toMatchObject({ ok: true, value: { host: 'web', name: 'Sổ tay Ban Chỉ đạo' } });

  const bad = await callApi(page, 'app.ping', { text: 42, extra: true });
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  await expect(app.status).toBeVisible();
});

test('font size and high contrast persist in the profile across a reload', async ({ app, page, webHost }) => {
  const before = await app.rootFontSize();
  await app.button('A+ Tăng cỡ chữ').click();
  await app.button('A+ Tăng cỡ chữ').click();
  await expect.poll(() => app.rootFontSize()).toBeGreaterThan(before);
  await page.getByRole('switch', { name: 'Tương phản cao' }).click();
  await expect(page.locator('html[data-contrast="high"]')).toBeAttached();

  const saved = JSON.parse(await readFile(join(webHost.userDataDir, 'settings.json'), 'utf8')) as {
    fontScale: number;
    highContrast: boolean;
  };
  expect(saved).toMatchObject({ fontScale: 1.2, highContrast: true });

  await page.reload();
  await app.waitReady();
  expect(await app.rootFontSize()).toBeGreaterThan(before);
  await expect(page.locator('html[data-contrast="high"]')).toBeAttached();

  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
});
