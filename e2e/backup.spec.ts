import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

test('backs up the working copy, refuses a foreign file without touching the data, restores a real one', async ({
  app,
  page,
  webHost,
}) => {
  await app.nav('Dữ liệu trên máy').click();
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu (quận Long Biên)' }).first().click();
  await expect(page.getByText(/Đã nạp .* bản ghi mẫu/)).toBeVisible();
  await expect(app.status).toContainText('Không có thay đổi chờ đồng bộ');

  await app.button('Sao lưu ngay').click();
  await expect(page.getByText(/Đã sao lưu vào .*sao-luu-.*\.json/)).toBeVisible();

  await writeFile(
    join(webHost.userDataDir, 'backups', 'bang-tinh.json'),
    JSON.stringify({ sheet: 'Sheet1' }),
  );
  await app.button('Khôi phục từ bản sao lưu').click();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'bang-tinh.json' })
    .getByRole('button', { name: 'Khôi phục' })
    .click();
  await expect(page.getByRole('dialog')).toContainText('Tệp không phải bản sao lưu của Sổ tay Ban Chỉ đạo.');
  await page.getByRole('dialog').getByRole('button').last().click();

  await app.nav('Chương trình – Kế hoạch').click();
  await expect(page.getByRole('row').filter({ hasText: 'CTr/QU' })).toHaveCount(3);

  await app.nav('Dữ liệu trên máy').click();
  await app.button('Khôi phục từ bản sao lưu').click();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'sao-luu-' })
    .getByRole('button', { name: 'Khôi phục' })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /OK|Đồng ý/ })
    .click();
  await expect(page.getByText(/Đã khôi phục .* bản ghi/)).toBeVisible();
  await app.nav('Chương trình – Kế hoạch').click();
  await expect(page.getByRole('row').filter({ hasText: 'CTr/QU' })).toHaveCount(3);
});
