import { expect, test } from './fixtures.ts';

test.use({ demo: true });

test('a fresh profile with the demo data shows the programmes with their roll-ups', async ({
  app,
  page,
}, testInfo) => {
  await app.nav('Chương trình – Kế hoạch').click();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: '01-CTr/QU' })).toContainText('18/19 chỉ tiêu đạt và dự kiến đạt');
  await expect(rows.filter({ hasText: '02-CTr/QU' })).toContainText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await expect(rows.filter({ hasText: '02-CTr/QU' })).toContainText('Đang thực hiện 8');
  await expect(rows.filter({ hasText: '03-CTr/QU' })).toContainText('/14 chỉ tiêu');
  await expect(page.getByLabel('Đánh giá tại ngày')).toHaveValue('18/04/2023');
  await page.screenshot({ path: testInfo.outputPath('programmes.png'), fullPage: true });

  // Typed without diacritics, as many users do.
  await page.getByLabel('Tìm chương trình (gõ không dấu cũng được)').fill('chat luong cuoc song');
  await expect(rows.filter({ hasText: '02-CTr/QU' })).toBeVisible();
  await expect(rows.filter({ hasText: '01-CTr/QU' })).toHaveCount(0);
});

test('the 9th plenum opens with its agenda, roll call, conclusions and the tasks they spawned', async ({
  app,
  page,
}, testInfo) => {
  await app.nav('Hội nghị').click();
  await page.getByRole('link', { name: /Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV/ }).click();
  await expect(page.getByRole('heading', { name: /Hội nghị lần thứ 9/ })).toBeVisible();
  await expect(page.getByText('Đường Hoài Nam').first()).toBeVisible();
  await expect(page.getByText(/Tờ trình của BTV Quận ủy về Quy định quản lý cán bộ/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('plenum.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Thành phần dự' }).click();
  const absent = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Vắng', exact: true }) });
  await expect(absent).toHaveCount(2);
  await expect(absent.filter({ hasText: 'Đi công tác' })).toHaveCount(1);
  await expect(absent.filter({ hasText: 'Nghỉ ốm' })).toHaveCount(1);
  await page.getByRole('tab', { name: 'Kết luận' }).click();
  await expect(page.getByText(/xong trong tháng 01\/2022/).first()).toBeVisible();
  await expect(page.getByText(/Thông báo Hội nghị Ban Chấp hành lần thứ 9/).first()).toBeVisible();

  await page.reload();
  await app.waitReady();
  await expect(page.getByRole('heading', { name: /Hội nghị lần thứ 9/ })).toBeVisible();
});

test('an indicator result typed with a decimal comma is saved at once and kept across a reload', async ({
  app,
  page,
}, testInfo) => {
  await app.nav('Chương trình – Kế hoạch').click();
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  await expect(page.getByTestId('programme-rollup')).toHaveText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await expect(page.locator('tr.ant-table-row')).toHaveCount(32);
  await page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
  const result = page.getByLabel(/^Kết quả/);
  await result.fill('12,3,4');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Nhập số, dùng dấu phẩy cho phần thập phân (ví dụ 82,3)')).toBeVisible();
  await result.fill('93,5');
  await page.getByLabel('Ghi chú').fill('Số liệu Phòng Văn hóa và Thông tin');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(app.status).toContainText('1 thay đổi chờ đồng bộ');
  await page.screenshot({ path: testInfo.outputPath('programme-page.png'), fullPage: true });

  await page.reload();
  await app.waitReady();
  await page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
  await expect(page.getByLabel(/^Kết quả/)).toHaveValue('93,5');
  await expect(page.getByLabel('Ghi chú')).toHaveValue('Số liệu Phòng Văn hóa và Thông tin');
  // The history says which period's result changed (issue 15's readable history).
  await expect(page.getByText(/Kết quả năm 2022: .* → 93,5/)).toBeVisible();
});

test('a conclusion of the plenum becomes a task for a ward, due when the meeting said', async ({
  app,
  page,
}, testInfo) => {
  await app.nav('Hội nghị').click();
  await page.getByRole('link', { name: /Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV/ }).click();
  await page.getByRole('tab', { name: 'Kết luận' }).click();
  const conclusion = page
    .getByRole('listitem')
    .filter({ hasText: 'Phát động phong trào và các đợt thi đua năm 2022' });
  await conclusion.getByRole('button', { name: 'Giao nhiệm vụ' }).click();

  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Đơn vị chủ trì').fill('phuong bo de');
  await page.locator('.ant-select-item-option').getByText('Phường Bồ Đề', { exact: true }).click();
  await drawer.getByLabel(/^Thời hạn/).fill('trước ngày 15/3/2022');
  await expect(drawer).toContainText('Hạn chót: 15/03/2022');
  await page.screenshot({ path: testInfo.outputPath('assign-task.png') });
  await drawer.getByRole('button', { name: 'Giao nhiệm vụ' }).click();

  const spawned = conclusion.getByTestId('conclusion-task').filter({ hasText: 'Phường Bồ Đề · 15/03/2022' });
  await expect(spawned).toHaveCount(1);
  await page.reload();
  await app.waitReady();
  await app.nav('Nhiệm vụ').click();
  const row = page.getByRole('row').filter({ hasText: 'Phát động phong trào và các đợt thi đua năm 2022' });
  await expect(row.filter({ hasText: '15/03/2022' })).toHaveCount(1);
  await expect(row.filter({ hasText: '15/03/2022' })).toContainText('Bồ Đề');
});
