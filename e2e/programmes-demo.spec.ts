import { expect, test } from './fixtures.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';

test.use({ demo: true });

test('a programme of the demo: committee with roles edited, plans with their tasks, history, printable summary', async ({
  page,
  webHost,
}, testInfo) => {
  await page.clock.setFixedTime(new Date('2023-04-18T09:00:00+07:00'));
  const app = new ProgrammesPage(page);
  await app.open(webHost.url);
  await app.openList();
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  const committee = page.getByTestId('programme-committee').getByRole('listitem');
  await expect(committee.first()).toContainText('Chủ nhiệm');
  const before = await committee.count();

  // The steering committee: one more member, with a role.
  await page.getByRole('button', { name: /Sửa thông tin$/ }).click();
  await app.form.getByRole('button', { name: /Thêm thành viên$/ }).click();
  const people = app.form.getByLabel('Thành viên', { exact: true });
  await people.last().click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const role = app.form.getByLabel('Vai trò', { exact: true }).last();
  const roleSelect = role.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  // A click while the menu is still sliding open can miss its option: choose again until the field shows it.
  await expect(async () => {
    await role.click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: /^Phó Chủ nhiệm$/ })
      .click({ timeout: 2_000 });
    await expect(roleSelect).toContainText('Phó Chủ nhiệm', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await app.saveForm();
  await expect(committee).toHaveCount(before + 1);
  await expect(committee.last()).toContainText('Phó Chủ nhiệm');

  // Plans and their tasks, with what is overdue on the day.
  await page.getByRole('tab', { name: 'Kế hoạch thực hiện' }).click();
  const plans = page
    .locator('tr.ant-table-row')
    .filter({ hasText: 'Kế hoạch thực hiện Chương trình số 02-CTr/QU' });
  await expect(plans).toHaveCount(2);
  await expect(plans.first()).toContainText('nhiệm vụ');
  await plans.first().getByRole('button').first().click();
  await expect(page.locator('.ant-table-expanded-row').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('plans.png'), fullPage: true });

  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  await expect(page.getByText(/Ban Chủ nhiệm: /).first()).toBeVisible();

  // A status set by hand needs its reason.
  await page.getByRole('tab', { name: /^Chỉ tiêu/ }).click();
  await app.viewRow('Số bác sĩ trên 1 vạn dân').click();
  // The choice has reached the form once it asks for the reason. A click that lands while the dropdown is
  // still opening does nothing, so choose again until it has (a person simply clicks again).
  await expect(async () => {
    await app.drawer.getByLabel('Đánh giá', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: /^Dự kiến đạt$/ })
      .click({ timeout: 2_000 });
    await expect(app.drawer.getByLabel('Lý do')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await app.drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(app.drawer).toContainText('Cần ghi lý do khi đánh giá thủ công');
  await app.drawer.getByLabel('Lý do').fill('Đã khởi công Bệnh viện Đa khoa Long Biên mở rộng');
  await app.drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  // The row can stand in more than one table while the view re-renders: the first says it.
  await expect(app.viewRow('Số bác sĩ trên 1 vạn dân').first()).toContainText('Dự kiến đạt *');

  // The printable summary: only it shows on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('programme-print')).toBeVisible();
  await expect(page.getByTestId('programme-print')).toContainText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('programme-print')).toBeHidden();

  await app.openList();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('term-print')).toContainText(
    'Tổng hợp kết quả thực hiện chỉ tiêu các chương trình nhiệm kỳ 2020–2025',
  );
  await expect(page.getByTestId('term-print').getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: testInfo.outputPath('term-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});
