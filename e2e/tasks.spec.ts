import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.ts';
import { AppShellPage } from './pages/app-shell-page.ts';
import { TasksPage } from './pages/tasks-page.ts';

test.use({ demo: true });

const BO_DE_CIVILISED = 'Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề đạt chuẩn “Đô thị văn minh”';
const BO_DE_MEMBERS = 'Kết nạp đảng viên mới tại các chi bộ tổ dân phố phường Bồ Đề';
const DRAINAGE = 'Nạo vét, khơi thông hệ thống thoát nước trước mùa mưa bão';

test('a ward official follows up the ward’s tasks offline: a report, a task done, three reassigned', async ({
  app,
  page,
}, testInfo) => {
  const tasks = new TasksPage(app.page);
  await tasks.openTasks('Việc của đơn vị tôi');
  await expect(page.getByText('Hãy chọn "Tôi là"')).toBeVisible();
  await tasks.chooseMe('Nguyễn Văn Tiến');
  await expect(tasks.row(BO_DE_CIVILISED)).toHaveCount(1);
  await expect(tasks.row(BO_DE_MEMBERS)).toHaveCount(1);
  await expect(tasks.row(DRAINAGE)).toHaveCount(1); // Bồ Đề cooperates on it
  await expect(tasks.rows).toHaveCount(4);
  await expect(tasks.viewCount('my-unit')).toHaveText('4');
  await page.screenshot({ path: testInfo.outputPath('1-my-unit.png'), fullPage: true });

  await page.context().setOffline(true);
  await expect(app.status).toContainText('Ngoại tuyến');

  // A progress report, dated and with a percent.
  await tasks.row(BO_DE_CIVILISED).click();
  await tasks.drawer.getByRole('tab', { name: 'Báo cáo tiến độ' }).click();
  await tasks.drawer.getByLabel('Tiến độ (%)').fill('70');
  await tasks.drawer
    .getByLabel('Nội dung báo cáo')
    .fill('Đã đạt 15/20 tiêu chí; hoàn thành chỉnh trang vỉa hè tuyến phố Ngọc Lâm.');
  await tasks.drawer.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(tasks.drawer.getByTestId('progress-report').first()).toContainText('15/20 tiêu chí');
  await page.screenshot({ path: testInfo.outputPath('2-report.png') });
  await tasks.drawer
    .getByRole('button', { name: 'Close' })
    .or(tasks.drawer.getByLabel('Close'))
    .first()
    .click();
  await expect(tasks.row(BO_DE_CIVILISED)).toContainText('70%');

  // Completing a task asks for a closing report.
  await tasks.row(BO_DE_MEMBERS).click();
  await tasks.drawer.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
  const closing = page.getByRole('dialog', { name: /báo cáo kết thúc/ });
  await closing.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(closing.getByText('Hãy nhập nội dung báo cáo.')).toBeVisible();
  await closing.getByLabel('Báo cáo kết thúc').fill('Đã kết nạp 18/18 quần chúng ưu tú theo kế hoạch.');
  await closing.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(closing).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(tasks.row(BO_DE_MEMBERS)).toContainText('Hoàn thành');
  await expect(app.status).toContainText('thay đổi chờ đồng bộ');

  await page.context().setOffline(false);
  await page.reload();
  await app.waitReady();
  await expect(tasks.row(BO_DE_MEMBERS)).toContainText('Hoàn thành');
  await tasks.row(BO_DE_CIVILISED).click();
  await tasks.drawer.getByRole('tab', { name: 'Báo cáo tiến độ' }).click();
  await expect(tasks.drawer.getByTestId('progress-report').first()).toContainText('15/20 tiêu chí');
  await page.keyboard.press('Escape');

  // Three tasks of Phòng Nội vụ reassigned to the ward at once; each change is in its history.
  const reassigned = [
    'Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan Đảng quận và các phường',
    'Tổ chức đánh giá, công nhận cán bộ, công chức, viên chức, người lao động chuyên nghiệp',
    'Phát động phong trào và các đợt thi đua năm 2022 trong toàn Đảng bộ',
  ];
  await tasks.view('Tất cả').click();
  for (const title of reassigned)
    await page.getByRole('checkbox', { name: new RegExp(`^Chọn nhiệm vụ: ${title}`) }).check();
  await expect(page.getByTestId('bulk-count')).toHaveText('Đã chọn 3 nhiệm vụ');
  await page.getByRole('button', { name: 'Giao lại đơn vị chủ trì' }).click();
  const bulk = page.getByRole('dialog', { name: /Giao lại 3 nhiệm vụ/ });
  // The dropdown may still be opening when the option is clicked: pick again until the choice shows.
  await expect(async () => {
    await bulk.getByLabel('Đơn vị chủ trì mới').fill('bo de');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^Bồ Đề$/ })
      .click({ timeout: 3000 });
    await expect(bulk).toContainText('Bồ Đề', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.screenshot({ path: testInfo.outputPath('3-bulk.png') });
  await bulk.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText('Đã cập nhật 3 nhiệm vụ')).toBeVisible();
  for (const title of reassigned) await expect(tasks.row(title)).toContainText('Bồ Đề');
  await tasks.view('Việc của đơn vị tôi').click();
  await expect(tasks.rows).toHaveCount(7);
  await tasks.row(reassigned[0] ?? '').click();
  await tasks.drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  await expect(tasks.drawer.getByText(/Đơn vị chủ trì:/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('4-history.png') });
});

test('the overdue view counts on Vietnam’s calendar with a fixed clock', async ({
  page,
  webHost,
}, testInfo) => {
  // 06:30 on 23/11/2026 in Hà Nội is still 22/11 in UTC: a task due 22/11 is overdue here.
  await page.clock.setFixedTime(new Date('2026-11-23T06:30:00+07:00'));
  const app = new AppShellPage(page);
  await app.open(webHost.url);
  const tasks = new TasksPage(page);
  await tasks.openTasks('Quá hạn');
  await expect(tasks.viewCount('overdue')).toHaveText('8');
  await expect(tasks.rows).toHaveCount(8);
  await expect(tasks.count).toHaveText('8 nhiệm vụ');
  await expect(tasks.row(DRAINAGE)).toContainText('21/11/2026');
  await page.screenshot({ path: testInfo.outputPath('overdue.png'), fullPage: true });

  // The view exported to a spreadsheet (the web host writes into the profile's exports folder).
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const saved = page.getByText(/^Đã xuất danh sách vào /);
  await expect(saved).toBeVisible();
  const path = ((await saved.textContent()) ?? '').replace('Đã xuất danh sách vào ', '');
  expect(path.startsWith(webHost.userDataDir)).toBe(true);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  expect(sheet?.getCell('A1').value).toBe('Nhiệm vụ — Quá hạn');
  expect(sheet?.rowCount).toBe(2 + 8);
  const titles = Array.from({ length: 8 }, (_, i) => String(sheet?.getCell(`B${i + 3}`).value));
  expect(titles).toContain(DRAINAGE);
  expect(Array.from({ length: 8 }, (_, i) => sheet?.getCell(`I${i + 3}`).value)).toEqual(
    Array(8).fill('Quá hạn'),
  );

  await tasks.view('Tất cả').click();
  await tasks.row('Chuẩn bị nội dung tiếp công dân định kỳ của Bí thư Quận ủy').click();
  await tasks.drawer.getByLabel('Thời hạn (ghi như văn bản)').fill('trước ngày 22/11/2026');
  await expect(tasks.drawer).toContainText('Hạn chót: 22/11/2026');
  await tasks.drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(tasks.drawer).toBeHidden();
  await expect(tasks.viewCount('overdue')).toHaveText('9');

  // One overdue task done: one fewer.
  await tasks.view('Quá hạn').click();
  await tasks.row(DRAINAGE).click();
  await tasks.drawer.getByRole('button', { name: 'Đánh dấu hoàn thành' }).click();
  const closing = page.getByRole('dialog', { name: /báo cáo kết thúc/ });
  await closing.getByLabel('Báo cáo kết thúc').fill('Đã nạo vét 24,8/24,8 km cống.');
  await closing.getByRole('button', { name: 'Hoàn thành' }).click();
  await expect(closing).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(tasks.viewCount('overdue')).toHaveText('8');
  await expect(tasks.row(DRAINAGE)).toHaveCount(0);

  // Đăng ký nhiệm vụ khó: per key official, with the status at the end of the year registered.
  await page.evaluate(() => {
    window.location.hash = '#/tasks?view=difficult';
  });
  const uyen = page.getByTestId('difficult-person').filter({ hasText: 'Trương Tú Uyên' });
  await expect(uyen).toBeVisible();
  await expect(uyen.getByTestId('task-row').first()).toContainText('Năm 2024');
  await page.screenshot({ path: testInfo.outputPath('difficult.png'), fullPage: true });
});
