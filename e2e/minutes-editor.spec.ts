import { readFileSync } from 'node:fs';
import { callApi } from './call-api.ts';
import { expect, test } from './fixtures.ts';

test.use({ demo: true });

/** Clipboard HTML as desktop Word writes it: numbered list with a sub-item, a bullet, a table. */
const WORD = readFileSync('renderer/src/screens/minutes/fixtures/word-list-table.html', 'utf8');

/**
 * One office's minutes on the demo's Tây Hồ plenum (issue 18): a Word fragment pasted keeps its numbered
 * list as a list and its table; a named version is saved, the text changes, the two compare side by side,
 * and restoring the version brings its text back as a new edit.
 */
test('minutes: paste from Word keeps lists and the table; versions compare and restore', async ({
  page,
  app,
}, testInfo) => {
  await app.nav('Hội nghị').click();
  await page
    .getByRole('link', { name: /quận Tây Hồ/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Biên bản' }).click();
  const editor = page.getByRole('textbox', { name: 'Biên bản — soạn thảo' });
  await expect(editor).toContainText('BIÊN BẢN HỘI NGHỊ');

  await editor.locator('h2', { hasText: 'IV. Kết luận' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Thống nhất dự thảo');
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, WORD);
  const list = editor.locator('ol', { hasText: 'Thống nhất dự thảo Báo cáo chính trị' }).first();
  await expect(list.locator(':scope > li')).toHaveCount(2);
  await expect(list.locator('li ol li')).toContainText('Bổ sung kết quả 14 phường');
  await expect(editor.locator('ul li', { hasText: 'theo dõi, đôn đốc' })).toHaveCount(1);
  await expect(editor.locator('table tr')).toHaveCount(2);
  await expect(editor).not.toContainText('·');
  await page.screenshot({ path: testInfo.outputPath('pasted.png'), fullPage: true });

  await page.getByRole('button', { name: 'Phiên bản' }).click();
  const drawer = page.getByRole('dialog', { name: 'Các phiên bản của văn bản' });
  await drawer.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(drawer.locator('.ant-list-item', { hasText: 'Bản trình hội nghị' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await editor.locator('p', { hasText: 'Hội nghị kết thúc vào lúc' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hội nghị đã hoàn thành chương trình đề ra.');
  await page.getByRole('button', { name: 'Phiên bản' }).click();
  await expect(drawer.getByTestId('version-diff-right')).toContainText(
    'Hội nghị đã hoàn thành chương trình đề ra.',
  );
  await expect(drawer.getByTestId('version-diff-right').locator('.minutes-diff-added')).toHaveText(
    /Hội nghị đã hoàn thành chương trình đề ra\./,
  );
  await expect(drawer.getByTestId('version-diff-left')).not.toContainText('Hội nghị đã hoàn thành');
  await page.screenshot({ path: testInfo.outputPath('versions.png') });
  await drawer.getByRole('button', { name: 'Khôi phục' }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /OK|Đồng ý|Có/ })
    .click();
  await expect(editor).not.toContainText('Hội nghị đã hoàn thành chương trình đề ra.');
  await expect(editor).toContainText('Thống nhất dự thảo Báo cáo chính trị');
});

/**
 * The office records the chair's approval (demo: this machine is the office): the approval shows above
 * the minutes with how it was given, a version "Bản đã duyệt" is kept, the approval's history lists it,
 * and withdrawing it reopens the minutes. Looked at at 1366×768, at the default and the largest font step.
 */
test('minutes: the office records the chair’s approval and withdraws it', async ({ page, app }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.nav('Hội nghị').click();
  await page
    .getByRole('link', { name: /quận Tây Hồ/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Biên bản' }).click();
  await expect(page.getByRole('textbox', { name: 'Biên bản — soạn thảo' })).toContainText(
    'BIÊN BẢN HỘI NGHỊ',
  );

  await page.getByRole('button', { name: 'Ghi nhận chủ trì duyệt biên bản' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi nhận biên bản đã được chủ trì duyệt' });
  await expect(dialog.getByLabel('Người duyệt (trong danh bạ)')).toBeAttached();
  await dialog.getByLabel('Giờ duyệt').fill('25:00');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Giờ viết dạng 8:00 hoặc 14h30')).toBeVisible();
  await dialog.getByLabel('Ngày duyệt').fill('05/10/2023');
  await dialog.getByLabel('Giờ duyệt').fill('14h30');
  await dialog.getByLabel('Ghi chú (cách duyệt)').fill('Đồng chí Bí thư duyệt trực tiếp trên bản in.');
  await page.screenshot({ path: testInfo.outputPath('sign-off-dialog.png') });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByTestId('minutes-signoff');
  await expect(panel).toContainText('Lê Thị Thu Hằng duyệt lúc 14:30, 05/10/2023.');
  await expect(panel).toContainText('Đồng chí Bí thư duyệt trực tiếp trên bản in.');
  await page.screenshot({ path: testInfo.outputPath('signed-off.png') });
  await callApi(page, 'settings.update', { fontScale: 1.6 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('signed-off-1_6.png') });
  await callApi(page, 'settings.update', { fontScale: 1 });

  await panel.getByRole('button', { name: 'Lịch sử xác nhận biên bản' }).click();
  await expect(panel.getByRole('region', { name: 'Lịch sử xác nhận biên bản' })).toContainText('Đã duyệt');
  await page.getByRole('button', { name: 'Phiên bản' }).click();
  const drawer = page.getByRole('dialog', { name: 'Các phiên bản của văn bản' });
  await expect(drawer.locator('.ant-list-item', { hasText: 'Bản đã duyệt 05/10/2023' })).toBeVisible();
  await page.keyboard.press('Escape');

  await panel.getByRole('button', { name: 'Hủy xác nhận (mở lại để sửa)' }).click();
  await page
    .getByRole('tooltip')
    .getByRole('button', { name: /OK|Đồng ý|Có/ })
    .click();
  await expect(panel.getByRole('button', { name: 'Ghi nhận chủ trì duyệt biên bản' })).toBeVisible();
  await expect(panel).not.toContainText('duyệt lúc');
});
