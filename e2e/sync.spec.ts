import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import { programmeSpace } from '../shared/domain/space.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import { SyncPage } from './pages/sync-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';
import { chooseOption } from './pages/select-option.ts';

const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const programme02 = demo.programme.find((p) => p.code === '02-CTr/QU');
const task = demo.task.find((t) => t.title.startsWith('Rà soát, hỗ trợ các hộ cận nghèo'));
const space = programmeSpace(programme02?.id ?? '');
const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  {
    username: 'nguyen.lan',
    password: 'mat-khau-lan-2022',
    name: 'Nguyễn Thị Lan',
    grants: [{ spaceId: space, role: 'write' as const }],
  },
  {
    username: 'tran.minh',
    password: 'mat-khau-minh-2022',
    name: 'Trần Văn Minh',
    grants: [{ spaceId: space, role: 'write' as const }],
  },
];

interface Client {
  host: WebHostProcess;
  page: Page;
  app: SyncPage;
}

async function openClient(browser: Browser): Promise<Client> {
  const host = await startWebHostProcess();
  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 800 },
  });
  const page = await context.newPage();
  const app = new SyncPage(page);
  await app.open(host.url);
  return { host, page, app };
}

async function editTask(
  client: Client,
  values: { status?: string; progress?: string; description?: string },
) {
  const { page, app } = client;
  await app.nav('Nhiệm vụ').click();
  await page
    .getByRole('row')
    .filter({ hasText: task?.title ?? '' })
    .click();
  const drawer = page.getByRole('dialog');
  if (values.status) {
    await chooseOption(page, drawer.getByLabel('Trạng thái'), values.status);
  }
  if (values.progress) await drawer.getByLabel('Tiến độ').fill(values.progress);
  if (values.description) await drawer.getByLabel('Nội dung').fill(values.description);
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu trên máy')).toBeVisible();
}

async function editIndicator(client: Client, values: { result?: string; note?: string }) {
  const { page, app } = client;
  await app.nav('Chương trình – Kế hoạch').click();
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  await page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
  const drawer = page.getByRole('dialog');
  if (values.result) await drawer.getByLabel(/^Kết quả/).fill(values.result);
  if (values.note) await drawer.getByLabel('Ghi chú').fill(values.note);
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu trên máy').first()).toBeVisible();
}

async function expectTask(client: Client, expected: { status: string; progress: string }) {
  const { page, app } = client;
  await app.nav('Nhiệm vụ').click();
  const row = page.getByRole('row').filter({ hasText: task?.title ?? '' });
  await expect(row).toContainText(expected.progress);
  // The list shows "Quá hạn" for a late task whatever its stored status; the editor shows the stored one.
  await row.click();
  await expect(page.getByRole('dialog')).toContainText(expected.status);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function expectIndicator(client: Client, expected: { result: string; note: string }) {
  const { page, app } = client;
  await app.nav('Chương trình – Kế hoạch').click();
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  await page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
  await expect(page.getByRole('dialog').getByLabel(/^Kết quả/)).toHaveValue(expected.result);
  await expect(page.getByRole('dialog').getByLabel('Ghi chú')).toHaveValue(expected.note);
  await page.keyboard.press('Escape');
}

test.describe('two offices, one district server', () => {
  let server: DistrictServer;
  let proxy: TcpProxy;
  const clients: Client[] = [];

  test.beforeAll(async () => {
    server = await startDistrictServer({ accounts, seedDemoAs: 'quantri' });
    proxy = await startTcpProxy(server.url);
  });
  test.afterAll(async () => {
    for (const client of clients) await client.host.stop();
    await proxy.close();
    await server.stop();
  });

  test('offline edits on both sides meet: both keep their words, the same-field clash goes to the inbox', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const a = await openClient(browser);
    const b = await openClient(browser);
    clients.push(a, b);
    await a.app.signIn(proxy.url, 'nguyen.lan', 'mat-khau-lan-2022');
    await b.app.signIn(server.url, 'tran.minh', 'mat-khau-minh-2022');

    proxy.goOffline();
    await editTask(a, { status: 'Tạm dừng', description: 'Phường Bồ Đề đã rà soát xong 12 hộ cận nghèo.' });
    await editIndicator(a, { result: '93,5' });
    await expect(a.app.status).toContainText('thay đổi chờ đồng bộ');
    await a.app.nav('Đồng bộ').click();
    await a.app.button('Đồng bộ ngay').click();
    await expect(a.app.status.getByTestId('status-connection')).toHaveText(/Không kết nối được máy chủ/, {
      timeout: 30_000,
    });
    await a.page.screenshot({ path: testInfo.outputPath('a-offline.png'), fullPage: true });

    await editTask(b, { progress: '80', description: 'Phòng LĐ-TB&XH đề nghị bổ sung danh sách hộ.' });
    await editIndicator(b, { note: 'Số liệu Phòng Văn hóa và Thông tin' });
    await b.app.syncNow();

    proxy.goOnline();
    await a.app.syncNow();
    await b.app.syncNow();

    for (const client of [a, b]) {
      await expectTask(client, { status: 'Tạm dừng', progress: '80%' });
      await expectIndicator(client, { result: '93,5', note: 'Số liệu Phòng Văn hóa và Thông tin' });
      await client.app.nav('Đồng bộ').click();
      const inbox = client.page.getByRole('region', { name: 'Xung đột cần xem' });
      await expect(inbox).toContainText('Phường Bồ Đề đã rà soát xong 12 hộ cận nghèo.');
      await expect(inbox).toContainText('Phòng LĐ-TB&XH đề nghị bổ sung danh sách hộ.');
    }
    await b.page.screenshot({ path: testInfo.outputPath('b-conflict-inbox.png'), fullPage: true });

    // One click restores the value that lost, and it syncs like any other edit.
    const inbox = b.page.getByRole('region', { name: 'Xung đột cần xem' });
    const lost = inbox
      .locator('.ant-card')
      .filter({ hasText: 'Giá trị bị ghi đè' })
      .filter({ hasText: /đề nghị bổ sung danh sách hộ|đã rà soát xong 12 hộ/ });
    const lostText = (await lost.getByTestId('conflict-value').innerText()).trim();
    await lost.getByRole('button', { name: 'Dùng giá trị này' }).click();
    await b.app.syncNow();
    await a.app.syncNow();
    await a.app.nav('Nhiệm vụ').click();
    await a.page
      .getByRole('row')
      .filter({ hasText: task?.title ?? '' })
      .click();
    await expect(a.page.getByRole('dialog').getByLabel('Nội dung')).toHaveValue(lostText);
  });
});
