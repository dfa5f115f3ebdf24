import { expect, test, type Browser, type Page } from '@playwright/test';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import { openClientPage } from './client-page.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';
import { SyncPage } from './pages/sync-page.ts';
import { TasksPage } from './pages/tasks-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * Who may do what, as a district office works: the Chánh Văn phòng Quận ủy is no administrator; her account
 * holds "tổ chức hội nghị" and her office, the standing agency of a new programme, "lập chương trình". She
 * opens a meeting and a programme offline, both are accepted, and she shares the programme with the
 * Bồ Đề ward's secretary, who enters a task of the ward's own offline and reads the history in words.
 */
const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const unitNamed = (name: string) => demo.unit.find((u) => u.name === name)?.id ?? '';
const personNamed = (name: string) => demo.person.find((p) => p.name === name)?.id ?? '';
const VPQU = unitNamed('Văn phòng Quận ủy');
const BO_DE = unitNamed('Phường Bồ Đề');

const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  {
    username: 'thu.trang',
    password: 'mat-khau-trang-2021',
    name: 'Trần Thị Thu Trang',
    unitId: VPQU,
    personId: personNamed('Trần Thị Thu Trang'),
    capabilities: ['organise_meetings' as const],
  },
  {
    username: 'tien.bode',
    password: 'mat-khau-tien-2022',
    name: 'Nguyễn Văn Tiến',
    unitId: BO_DE,
    personId: personNamed('Nguyễn Văn Tiến'),
  },
];

const MEETING = 'Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ Quận khóa IV';
const PROGRAMME_CODE = '04-CTr/QU';
const PROGRAMME_TITLE = 'Tiếp tục thực hiện Năm Dân vận khéo gắn với một nhiệm vụ cụ thể';
const WARD_TASK = 'Vận động nhân dân tham gia chỉnh trang ngõ, xóm theo tiêu chí Năm Dân vận khéo';
const OWN_TASK = 'Rà soát, cập nhật danh sách hộ cận nghèo trên địa bàn phường';

interface Client {
  host: WebHostProcess;
  page: Page;
  sync: SyncPage;
}

async function openClient(browser: Browser): Promise<Client> {
  const host = await startWebHostProcess();
  return { host, ...(await openClientPage(browser, host.url)) };
}

/** A new task in "Giao nhiệm vụ mới": from the programme for the ward, or of the ward's own. */
async function createTask(
  page: Page,
  values: {
    title: string;
    source: 'Chương trình' | 'Việc riêng của đơn vị';
    lead?: string;
    deadline: string;
    due: string;
  },
) {
  const pick = new MeetingsPage(page);
  const tasks = new TasksPage(page);
  await tasks.openTasks();
  await page.getByRole('button', { name: /Giao nhiệm vụ mới$/ }).click();
  const drawer = tasks.drawer;
  await drawer.getByLabel('Nhiệm vụ', { exact: true }).fill(values.title);
  await pick.choose(drawer.getByLabel('Nguồn giao'), values.source);
  if (values.source === 'Chương trình')
    await pick.pick(drawer.getByLabel('Chương trình', { exact: true }), PROGRAMME_CODE);
  if (values.lead) await pick.pick(drawer.getByLabel('Đơn vị chủ trì'), values.lead);
  await drawer.getByLabel(/^Thời hạn/).fill(values.deadline);
  await expect(drawer).toContainText(`Hạn chót: ${values.due}`);
  await drawer.getByRole('button', { name: 'Giao nhiệm vụ mới' }).click();
  await expect(page.getByText('Đã giao nhiệm vụ')).toBeVisible();
  await expect(tasks.row(values.title)).toHaveCount(1);
}

async function largestFont(page: Page) {
  const shell = new SyncPage(page);
  const before = await shell.rootFontSize();
  // 0.1 a step from 1 to the largest, 1.6.
  for (let step = 0; step < 6; step += 1) await shell.button('A+ Tăng cỡ chữ').click();
  await expect.poll(async () => (await shell.rootFontSize()) / before).toBeCloseTo(1.6, 1);
}

/** Nothing waits to be sent and nothing came back refused. */
async function expectAllAccepted(client: Client) {
  await client.sync.syncNow();
  await expect(client.sync.refused).toContainText('Mọi thay đổi đều đã được máy chủ chấp nhận.');
  await expect(client.sync.refused.getByTestId('rejected-change')).toHaveCount(0);
}

test.describe('who may do what', () => {
  let server: DistrictServer;
  let proxy: TcpProxy;
  const clients: Client[] = [];

  test.beforeAll(async () => {
    server = await startDistrictServer({
      accounts,
      seedDemoAs: 'quantri',
      unitCapabilities: [{ unitId: VPQU, capability: 'draw_up_programmes' }],
    });
    proxy = await startTcpProxy(server.url);
  });
  test.afterAll(async () => {
    for (const client of clients) await client.host.stop();
    await proxy.close();
    await server.stop();
  });

  test('the office opens a meeting and a programme offline, shares it with a ward, whose own task syncs', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    const office = await openClient(browser);
    clients.push(office);
    await office.sync.signIn(proxy.url, 'thu.trang', 'mat-khau-trang-2021');

    // Offline: a meeting (tổ chức hội nghị), a programme (lập chương trình, her office's), a task in it.
    proxy.goOffline();
    const meetings = new MeetingsPage(office.page);
    await meetings.createMeeting({
      title: MEETING,
      session: '10',
      term: 'IV',
      day: '20/01/2022',
      start: '8:00',
      end: '11:30',
      place: 'Hội trường Quận ủy Long Biên',
      chair: 'Đường Hoài Nam',
      minuteTaker: 'Trần Thị Thu Trang',
    });
    await expect(office.page.getByText('Bản nháp')).toHaveCount(0);
    const programmes = new ProgrammesPage(office.page);
    await programmes.openList();
    await office.page.getByRole('button', { name: /Thêm chương trình$/ }).click();
    await programmes.field('Số hiệu').fill(PROGRAMME_CODE);
    await programmes.field('Tên chương trình').fill(PROGRAMME_TITLE);
    await programmes.saveForm();
    await expect(office.page.getByRole('heading', { name: new RegExp(PROGRAMME_CODE) })).toBeVisible();
    await createTask(office.page, {
      title: WARD_TASK,
      source: 'Chương trình',
      lead: 'Bồ Đề',
      deadline: 'trước ngày 30/6/2022',
      due: '30/06/2022',
    });

    // Back online: all of it is accepted, and she manages what she created.
    proxy.goOnline();
    await expectAllAccepted(office);
    await programmes.openList();
    await office.page.getByRole('link', { name: PROGRAMME_CODE }).click();
    await office.page.getByRole('button', { name: 'Chia sẻ' }).click();
    const sharing = office.page.getByRole('dialog', { name: 'Người được xem và sửa' });
    await meetings.pick(sharing.getByLabel('Người được chia sẻ'), 'Nguyen Van Tien', 'Nguyễn Văn Tiến');
    await meetings.choose(sharing.getByLabel('Quyền được giao'), 'Chỉ xem');
    await sharing.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
    await expect(office.page.getByText('Đã chia sẻ với Nguyễn Văn Tiến.')).toBeVisible();
    await expect(sharing.getByRole('row').filter({ hasText: 'Nguyễn Văn Tiến' })).toContainText('Chỉ xem');
    await office.page.screenshot({ path: testInfo.outputPath('sharing.png') });
    await office.page.keyboard.press('Escape');

    // The ward: reads the programme, enters a task of its own offline, and it syncs.
    const ward = await openClient(browser);
    clients.push(ward);
    await ward.sync.signIn(proxy.url, 'tien.bode', 'mat-khau-tien-2022');
    const wardProgrammes = new ProgrammesPage(ward.page);
    await wardProgrammes.openList();
    await expect(ward.page.getByRole('link', { name: PROGRAMME_CODE })).toBeVisible();
    proxy.goOffline();
    await createTask(ward.page, {
      title: OWN_TASK,
      source: 'Việc riêng của đơn vị',
      deadline: 'trong quý I/2022',
      due: '31/03/2022',
    });
    proxy.goOnline();
    await expectAllAccepted(ward);

    // The history of the office's task, as the ward reads it: who, and values in words.
    const tasks = new TasksPage(ward.page);
    await tasks.openTasks();
    await tasks.row(WARD_TASK).click();
    await tasks.drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    const history = tasks.drawer.getByRole('region', { name: 'Lịch sử thay đổi' });
    await expect(history).toContainText('Trần Thị Thu Trang');
    await expect(history).toContainText('Đơn vị chủ trì: Phường Bồ Đề');
    await expect(history).toContainText('30/06/2022');
    await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-7/);
    await expect(history).not.toContainText('(trống) → (trống)');
    await ward.page.screenshot({ path: testInfo.outputPath('history.png') });

    // The largest font step: the sharing panel and the history still read (screenshots to look at).
    await ward.page.keyboard.press('Escape');
    await largestFont(ward.page);
    await tasks.row(WARD_TASK).click();
    await tasks.drawer.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
    await expect(history).toContainText('Trần Thị Thu Trang');
    await ward.page.screenshot({ path: testInfo.outputPath('history-largest-font.png') });
    await largestFont(office.page);
    await office.page.getByRole('button', { name: 'Chia sẻ' }).click();
    await expect(sharing.getByRole('row').filter({ hasText: 'Nguyễn Văn Tiến' })).toBeVisible();
    await expect(sharing).toBeInViewport({ ratio: 1 }); // the drawer has finished sliding in
    await office.page.screenshot({ path: testInfo.outputPath('sharing-largest-font.png') });
  });
});
