import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import { openClientPage } from './client-page.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { SyncPage } from './pages/sync-page.ts';
import { TasksPage } from './pages/tasks-page.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * A district's IT officer administers while the offices work: in "Quản trị" she adds the Ban Chỉ đạo 35 of
 * the Quận ủy and an account for it, with the server running and the Bồ Đề ward syncing its own tasks;
 * the ward receives the new unit by sync, and the new account signs in and finds its unit in "Danh bạ".
 */
const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const unitNamed = (name: string) => demo.unit.find((u) => u.name === name)?.id ?? '';

const NEW_UNIT = 'Ban Chỉ đạo 35 Quận ủy';
const WARD_TASK = 'Rà soát, cập nhật danh sách hộ cận nghèo trên địa bàn phường';

const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Lê Thị Hạnh', admin: true },
  {
    username: 'tien.bode',
    password: 'mat-khau-tien-2022',
    name: 'Nguyễn Văn Tiến',
    unitId: unitNamed('Phường Bồ Đề'),
  },
];

interface Client {
  host: WebHostProcess;
  page: Page;
  sync: SyncPage;
}

async function openClient(browser: Browser): Promise<Client> {
  const host = await startWebHostProcess();
  return { host, ...(await openClientPage(browser, host.url)) };
}

/** The ward enters a task of its own and sends it: an office that keeps working while IT administers. */
async function wardWorks(ward: Client) {
  const tasks = new TasksPage(ward.page);
  const pick = new MeetingsPage(ward.page);
  await tasks.openTasks();
  await ward.page.getByRole('button', { name: /Giao nhiệm vụ mới$/ }).click();
  await tasks.drawer.getByLabel('Nhiệm vụ', { exact: true }).fill(WARD_TASK);
  await pick.choose(tasks.drawer.getByLabel('Nguồn giao'), 'Việc riêng của đơn vị');
  await tasks.drawer.getByLabel(/^Thời hạn/).fill('trong quý I/2022');
  await tasks.drawer.getByRole('button', { name: 'Giao nhiệm vụ mới' }).click();
  await expect(ward.page.getByText('Đã giao nhiệm vụ')).toBeVisible();
  await ward.sync.syncNow();
  await expect(ward.sync.refused).toContainText('Mọi thay đổi đều đã được máy chủ chấp nhận.');
}

async function largestFont(page: Page) {
  const shell = new SyncPage(page);
  for (let step = 0; step < 6; step += 1) await shell.button('A+ Tăng cỡ chữ').click();
}

test.describe('administration while the offices sync', () => {
  let server: DistrictServer;
  const clients: Client[] = [];

  test.beforeAll(async () => {
    server = await startDistrictServer({ accounts, seedDemoAs: 'quantri' });
  });
  test.afterAll(async () => {
    for (const client of clients) await client.host.stop();
    await server.stop();
  });

  test('an admin adds a unit and an account in Quản trị; the ward keeps syncing; the new account sees its unit', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    const ward = await openClient(browser);
    clients.push(ward);
    await ward.sync.signIn(server.url, 'tien.bode', 'mat-khau-tien-2022');
    await expect(ward.sync.nav('Quản trị')).toHaveCount(0);

    const it = await openClient(browser);
    clients.push(it);
    await it.sync.signIn(server.url, 'quantri', 'mat-khau-quan-tri');
    const pick = new MeetingsPage(it.page);
    await it.sync.nav('Quản trị').click();
    await expect(it.page.getByRole('heading', { name: 'Quản trị' })).toBeVisible();

    // The unit, under the Quận ủy.
    await it.page.getByRole('tab', { name: 'Đơn vị' }).click();
    await it.page.getByLabel('Tên đơn vị').fill(NEW_UNIT);
    await it.page.getByLabel('Tên viết tắt').fill('BCĐ 35');
    await pick.choose(it.page.getByLabel('Loại đơn vị'), 'Ban Đảng, cấp ủy');
    await pick.pick(it.page.getByLabel('Đơn vị cấp trên'), 'Quận ủy Long Biên');
    await it.page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await expect(it.page.getByText(`Đã thêm đơn vị ${NEW_UNIT}.`)).toBeVisible();
    await it.page.screenshot({ path: testInfo.outputPath('admin-units.png') });

    await wardWorks(ward);

    // The account of the new unit.
    await it.page.getByRole('tab', { name: 'Tài khoản' }).click();
    await it.page.getByLabel('Tên đăng nhập').fill('bcd35');
    await it.page.getByLabel('Mật khẩu').fill('mat-khau-bcd-35');
    await it.page.getByLabel('Tên hiển thị').fill(NEW_UNIT);
    await pick.pick(it.page.getByLabel('Đơn vị', { exact: true }), 'Ban Chỉ đạo 35', NEW_UNIT);
    await it.page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    await expect(it.page.getByText('Đã thêm tài khoản bcd35.')).toBeVisible();
    await expect(it.page.getByRole('row').filter({ hasText: 'bcd35' })).toContainText(NEW_UNIT);
    await it.page.getByRole('tab', { name: 'Nhật ký' }).click();
    await expect(it.page.getByRole('tab', { name: 'Nhật ký' })).toHaveAttribute('aria-selected', 'true');
    await expect(it.page.getByRole('row').filter({ hasText: 'bcd35' })).toContainText('Lê Thị Hạnh');
    await it.page.screenshot({ path: testInfo.outputPath('admin-audit.png') });
    await largestFont(it.page);
    await it.page.getByRole('tab', { name: 'Tài khoản' }).click();
    await it.page.screenshot({ path: testInfo.outputPath('admin-accounts-largest-font.png') });

    // The ward, still syncing, has the new unit in its directory.
    await ward.sync.syncNow();
    await ward.sync.nav('Danh bạ').click();
    await ward.page.getByLabel('Tìm theo tên').fill('ban chi dao 35');
    await expect(ward.page.getByRole('main')).toContainText(NEW_UNIT);

    // The new account signs in and sees its unit.
    const newcomer = await openClient(browser);
    clients.push(newcomer);
    await newcomer.sync.signIn(server.url, 'bcd35', 'mat-khau-bcd-35');
    await newcomer.sync.nav('Danh bạ').click();
    await expect(newcomer.page.getByRole('main')).toContainText(NEW_UNIT);
    await expect(newcomer.page.getByRole('main')).toContainText('Quận ủy Long Biên');
    await newcomer.page.screenshot({ path: testInfo.outputPath('directory.png') });
  });
});
