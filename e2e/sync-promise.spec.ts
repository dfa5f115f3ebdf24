import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import { openClientPage } from './client-page.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import { forceLocalEdit } from './forced-edit.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';
import type { SyncPage } from './pages/sync-page.ts';
import { TasksPage } from './pages/tasks-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * The sync promise as officials meet it (issue 12): a read-only member sees no edit controls while the
 * lead ward still reports; a refused edit goes back on screen and waits in the refused list; a meeting the
 * server will not take stays as a draft; a first sync cut while another office reorders the spaces
 * finishes; two officials on one profile each see only their own copy. The district server is real (demo
 * data of Long Biên, pages of 100 records so a first sync takes several), reached through a TCP proxy the
 * test can cut: the web host's Node process talks to the server, so `setOffline` would not.
 */
const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const byCode = (code: string) => demo.programme.find((p) => p.code === code);
const p01 = byCode('01-CTr/QU');
const p02 = byCode('02-CTr/QU');
const boDe = demo.unit.find((u) => u.name === 'Phường Bồ Đề');
const familyIndicator = demo.indicator.find((i) => i.name.includes('Gia đình văn hóa'));
const family2022 = demo.indicatorPeriod.find(
  (p) => p.indicatorId === familyIndicator?.id && p.period.year === 2022,
);
const boDeTask = demo.task.find((t) => t.title.startsWith('Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề'));
const space02 = p02?.spaceId ?? '';
const space01 = p01?.spaceId ?? '';

const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  {
    username: 'le.hoa',
    password: 'mat-khau-hoa-2022',
    name: 'Lê Thị Hoa',
    grants: [{ spaceId: space02, role: 'read' as const }],
  },
  {
    username: 'bode',
    password: 'mat-khau-bode-2022',
    name: 'Phường Bồ Đề',
    unitId: boDe?.id ?? null,
    grants: [{ spaceId: space02, role: 'read' as const }],
  },
  { username: 'thu.trang', password: 'mat-khau-trang-2021', name: 'Trần Thị Thu Trang' },
  {
    username: 'nguyen.lan',
    password: 'mat-khau-lan-2022',
    name: 'Nguyễn Thị Lan',
    grants: [{ spaceId: space02, role: 'write' as const }],
  },
  {
    username: 'tran.minh',
    password: 'mat-khau-minh-2022',
    name: 'Trần Văn Minh',
    grants: [{ spaceId: space01, role: 'write' as const }],
  },
  {
    username: 'vanphong',
    password: 'mat-khau-vanphong-2022',
    name: 'Văn phòng Quận ủy',
    grants: [
      { spaceId: space01, role: 'write' as const },
      { spaceId: space02, role: 'write' as const },
    ],
  },
];

interface Client {
  host: WebHostProcess;
  page: Page;
  sync: SyncPage;
}

test.describe('the sync promise', () => {
  let server: DistrictServer;
  let proxy: TcpProxy;
  const hosts: WebHostProcess[] = [];

  test.beforeAll(async () => {
    server = await startDistrictServer({ accounts, seedDemoAs: 'quantri' }, { PAGE_LIMIT: '100' });
    proxy = await startTcpProxy(server.url);
  });
  test.afterEach(() => proxy.goOnline());
  test.afterAll(async () => {
    for (const host of hosts) await host.stop();
    await proxy.close();
    await server.stop();
  });

  async function openClient(browser: Browser, host?: WebHostProcess): Promise<Client> {
    const webHost = host ?? (await startWebHostProcess());
    if (!host) hosts.push(webHost);
    return { host: webHost, ...(await openClientPage(browser, webHost.url)) };
  }

  async function openProgramme(page: Page, code: string): Promise<ProgrammesPage> {
    const programmes = new ProgrammesPage(page);
    await programmes.nav('Chương trình – Kế hoạch').click();
    await page.getByRole('link', { name: code }).click();
    return programmes;
  }

  test('a read-only member sees the programme without edit controls; the lead ward still reports progress', async ({
    browser,
  }, testInfo) => {
    const member = await openClient(browser);
    await member.sync.signIn(server.url, 'le.hoa', 'mat-khau-hoa-2022');
    await openProgramme(member.page, '02-CTr/QU');
    await expect(member.page.getByTestId('read-only-notice')).toHaveText(
      'Bạn chỉ có quyền xem chương trình này.',
    );
    await expect(member.page.getByRole('button', { name: 'Sửa thông tin' })).toHaveCount(0);
    await expect(member.page.locator('.ant-segmented-item').filter({ hasText: 'Nhập liệu' })).toHaveCount(0);
    await expect(member.page.getByRole('button', { name: 'Dán từ Excel/Word' })).toHaveCount(0);
    await member.page.screenshot({ path: testInfo.outputPath('1-read-only-programme.png'), fullPage: true });

    const ward = await openClient(browser);
    await ward.sync.signIn(server.url, 'bode', 'mat-khau-bode-2022');
    const tasks = new TasksPage(ward.page);
    await tasks.openTasks('Tất cả');
    await tasks.row(boDeTask?.title ?? '').click();
    await expect(tasks.page.getByText(/^Đơn vị của bạn chủ trì nhiệm vụ này/)).toBeVisible();
    await expect(tasks.drawer.getByLabel('Trạng thái')).toBeVisible();
    await expect(tasks.drawer.getByLabel('Tiêu đề', { exact: true })).toHaveCount(0);
    await tasks.drawer.getByRole('tab', { name: 'Báo cáo tiến độ' }).click();
    await tasks.drawer.getByLabel('Tiến độ (%)').fill('60');
    await tasks.drawer
      .getByLabel('Nội dung báo cáo')
      .fill('Đã hoàn thành 12/19 tiêu chí; đang hoàn thiện hồ sơ gửi Phòng Văn hóa và Thông tin.');
    await tasks.drawer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(tasks.drawer.getByTestId('progress-report').first()).toContainText('12/19 tiêu chí');
    await ward.page.screenshot({ path: testInfo.outputPath('2-lead-unit-report.png') });
    await ward.page.keyboard.press('Escape');
    await ward.sync.syncNow();
    await expect(ward.sync.refused).toContainText('Mọi thay đổi đều đã được máy chủ chấp nhận.');
  });

  test('an edit the server refuses goes back on screen and waits in the refused list, where Bỏ lets it go', async ({
    browser,
  }, testInfo) => {
    const member = await openClient(browser);
    await member.sync.signIn(proxy.url, 'le.hoa', 'mat-khau-hoa-2022');
    const programmes = await openProgramme(member.page, '02-CTr/QU');
    await programmes.choosePeriod('năm 2022');
    const row = programmes.page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first();
    await expect(row).toContainText('93,18');

    // Offline, so the edit stays on this machine until the line is back.
    proxy.goOffline();
    await forceLocalEdit(member.page, {
      username: 'le.hoa',
      entity: 'indicatorPeriod',
      recordId: family2022?.id ?? '',
      fields: { result: 99.5 },
    });
    await member.page.reload();
    await member.sync.waitReady();
    await openProgramme(member.page, '02-CTr/QU');
    await programmes.choosePeriod('năm 2022');
    await expect(row).toContainText('99,5');
    await member.page.screenshot({ path: testInfo.outputPath('forced-edit-offline.png'), fullPage: true });

    proxy.goOnline();
    await member.sync.syncNow().catch(() => undefined);
    await member.sync.nav('Chương trình – Kế hoạch').click();
    await member.page.getByRole('link', { name: '02-CTr/QU' }).click();
    await programmes.choosePeriod('năm 2022');
    await expect(row).toContainText('93,18');
    await expect(row).not.toContainText('99,5');

    await member.sync.nav('Đồng bộ').click();
    const refused = member.sync.refused.getByTestId('rejected-change');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('Bạn chỉ có quyền xem chương trình này, không được sửa.');
    await expect(refused).toContainText('99,5');
    await expect(refused.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    await member.page.screenshot({ path: testInfo.outputPath('refused-list.png'), fullPage: true });
    await refused.getByRole('button', { name: 'Bỏ' }).click();
    await member.page.getByRole('tooltip').getByRole('button', { name: 'Bỏ' }).click();
    await expect(member.sync.refused).toContainText('Mọi thay đổi đều đã được máy chủ chấp nhận.');
    await member.sync.syncNow();
    await openProgramme(member.page, '02-CTr/QU');
    await programmes.choosePeriod('năm 2022');
    await expect(row).toContainText('93,18');
  });

  test('a meeting the server will not take stays on the machine as a draft, marked, and survives a reload', async ({
    browser,
  }, testInfo) => {
    const secretary = await openClient(browser);
    await secretary.sync.signIn(server.url, 'thu.trang', 'mat-khau-trang-2021');
    const meetings = new MeetingsPage(secretary.page);
    await meetings.nav('Hội nghị').click();
    await meetings.button('Thêm hội nghị').click();
    await expect(meetings.drawer.getByTestId('meeting-draft-notice')).toBeVisible();
    await meetings.page.keyboard.press('Escape');
    await meetings.createMeeting({
      title: 'Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ Quận khóa IV',
      session: '10',
      term: 'IV',
      day: '20/01/2022',
      start: '8:00',
      end: '11:30',
      place: 'Hội trường Quận ủy Long Biên',
      chair: 'Đường Hoài Nam',
      minuteTaker: 'Trần Thị Thu Trang',
    });
    await secretary.sync.syncNow().catch(() => undefined);
    await meetings.nav('Hội nghị').click();
    const draftRow = meetings.page.getByRole('row').filter({ hasText: 'Hội nghị lần thứ 10' });
    await expect(draftRow).toContainText('Bản nháp trên máy');
    await secretary.sync.nav('Đồng bộ').click();
    const refused = secretary.sync.refused
      .getByTestId('rejected-change')
      .filter({ hasText: 'Bản nháp trên máy' });
    await expect(refused).toHaveCount(1);
    await expect(refused.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    await secretary.page.screenshot({ path: testInfo.outputPath('meeting-draft.png'), fullPage: true });

    await secretary.page.reload();
    await secretary.sync.waitReady();
    await meetings.nav('Hội nghị').click();
    await expect(draftRow).toContainText('Bản nháp trên máy');
  });

  test('a first sync cut while another office reorders the spaces finishes on the next round and pushes the offline edits', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const ward = await openClient(browser);
    // The line drops right after the first snapshot page (of 100 records) has come in.
    const cut = proxy.goOfflineAfter(/"after":"[^"]+","cursor":\d+,"serverTime":\d+\}/);
    await ward.sync.signInOnly(proxy.url, 'nguyen.lan', 'mat-khau-lan-2022');
    await cut;
    await expect(ward.sync.status.getByTestId('status-connection')).toHaveText(/Không kết nối được máy chủ/, {
      timeout: 30_000,
    });

    // Meanwhile the office moves programme 02's term to 2026: the order of spaces changes.
    const office = await openClient(browser);
    await office.sync.signIn(server.url, 'vanphong', 'mat-khau-vanphong-2022');
    const programmes = await openProgramme(office.page, '02-CTr/QU');
    await office.page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await programmes.field('Năm cuối nhiệm kỳ').fill('2026');
    await programmes.saveForm();
    await office.sync.syncNow();

    // The ward works offline on what it has, then the line comes back.
    proxy.goOnline();
    await ward.sync.syncNow();
    const wardProgrammes = await openProgramme(ward.page, '02-CTr/QU');
    await expect(ward.page.getByText(/2020\s*[–-]\s*2026/).first()).toBeVisible();
    await wardProgrammes.page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
    const drawer = ward.page.getByRole('dialog');
    await drawer.getByLabel('Ghi chú').fill('Số liệu Phường Bồ Đề gửi ngày 18/04/2023');
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await expect(ward.page.getByText('Đã lưu trên máy').first()).toBeVisible();
    await ward.sync.syncNow();
    await office.sync.syncNow();
    await openProgramme(office.page, '02-CTr/QU');
    await office.page.getByRole('row').filter({ hasText: 'Gia đình văn hóa' }).first().click();
    await expect(office.page.getByRole('dialog').getByLabel('Ghi chú')).toHaveValue(
      'Số liệu Phường Bồ Đề gửi ngày 18/04/2023',
    );
  });

  test('two officials signing in one after the other on the same profile each see only their own copy', async ({
    browser,
  }, testInfo) => {
    const first = await openClient(browser);
    await first.sync.signIn(server.url, 'nguyen.lan', 'mat-khau-lan-2022');
    await expect(first.page.getByText('Bản sao dữ liệu của: Nguyễn Thị Lan (nguyen.lan)')).toBeVisible();
    await first.sync.nav('Chương trình – Kế hoạch').click();
    await expect(first.page.getByRole('link', { name: '02-CTr/QU' })).toBeVisible();
    await expect(first.page.getByRole('link', { name: '01-CTr/QU' })).toHaveCount(0);
    await first.sync.signOut();

    await first.sync.signIn(server.url, 'tran.minh', 'mat-khau-minh-2022');
    await expect(first.page.getByText('Bản sao dữ liệu của: Trần Văn Minh (tran.minh)')).toBeVisible();
    await first.sync.nav('Chương trình – Kế hoạch').click();
    await expect(first.page.getByRole('link', { name: '01-CTr/QU' })).toBeVisible();
    await expect(first.page.getByRole('link', { name: '02-CTr/QU' })).toHaveCount(0);
    await first.page.screenshot({ path: testInfo.outputPath('second-official.png'), fullPage: true });
    await first.sync.signOut({ removeCopy: true });

    await first.sync.signIn(server.url, 'nguyen.lan', 'mat-khau-lan-2022');
    await first.sync.nav('Chương trình – Kế hoạch').click();
    await expect(first.page.getByRole('link', { name: '02-CTr/QU' })).toBeVisible();
    await expect(first.page.getByRole('link', { name: '01-CTr/QU' })).toHaveCount(0);
    const copies = await first.page.evaluate(async () =>
      (await indexedDB.databases()).map((db) => db.name).filter((name) => name?.startsWith('so-tay-')),
    );
    expect(copies).toHaveLength(2); // the profile's first copy (now Lan's) and an empty signed-out one
  });
});
