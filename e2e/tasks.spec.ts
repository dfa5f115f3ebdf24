import { expect, test } from './fixtures.ts';
import { TasksPage } from './pages/tasks-page.ts';

test.use({ demo: true });

test('a ward official chooses "Tôi là" and sees the tasks of the ward', async ({ app, page }, testInfo) => {
  const tasks = new TasksPage(app.page);
  await tasks.openTasks();
  await tasks.view('Việc của đơn vị tôi').click();
  await expect(page.getByText('Hãy chọn "Tôi là"')).toBeVisible();
  await tasks.chooseMe('Nguyễn Văn Tiến');
  await expect(tasks.row('Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề')).toHaveCount(1);
  await expect(tasks.row('Kết nạp đảng viên mới tại các chi bộ tổ dân phố phường Bồ Đề')).toHaveCount(1);
  // A cooperating unit's task is the ward's task too.
  await expect(tasks.row('Nạo vét, khơi thông hệ thống thoát nước')).toHaveCount(1);
  await expect(tasks.row('Thạch Bàn')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('my-unit.png'), fullPage: true });

  await page.goto(page.url().replace(/#.*$/, '#/tasks?view=my-unit'));
  await page.reload();
  await app.waitReady();
  await expect(tasks.view('Việc của đơn vị tôi')).toHaveAttribute('aria-selected', 'true');
  await expect(tasks.row('Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề')).toHaveCount(1);
});
