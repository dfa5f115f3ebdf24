import { readFileSync } from 'node:fs';
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
