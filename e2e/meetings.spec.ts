import { expect, test, type Page } from '@playwright/test';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import { MeetingsPage } from './pages/meetings-page.ts';
import { SyncPage } from './pages/sync-page.ts';
import { TasksPage } from './pages/tasks-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * A new secretary of Văn phòng Quận ủy: a fresh install signs in to the district server, which gives this
 * account only the directory (units and people; no grant to any meeting or programme), then the network
 * drops and the 9th plenum is entered from the report, offline, as it happened on 14/12/2021.
 */
const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  { username: 'thu.trang', password: 'mat-khau-trang-2021', name: 'Trần Thị Thu Trang' },
];

const TITLE = 'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV';
const PARTY_REPORT =
  'Dự thảo Báo cáo kết quả công tác xây dựng Đảng, hệ thống chính trị năm 2021 và phương hướng nhiệm vụ trọng tâm năm 2022';
const SOCIO_REPORT =
  'Dự thảo Báo cáo thực hiện phát triển kinh tế xã hội, an ninh quốc phòng năm 2021 và phương hướng nhiệm vụ trọng tâm năm 2022';
const CADRES = 'Tờ trình của BTV Quận ủy về Quy định quản lý cán bộ, phân cấp quản lý cán bộ';
const INVESTMENT = 'Dự thảo Kế hoạch đầu tư công năm 2022';
const ASSIGN_1 =
  'Giao Ban Thường vụ Quận ủy chỉ đạo UBND quận, Ủy ban kiểm tra, Văn phòng Quận ủy; Ban chủ nhiệm các Chương ' +
  'trình, cơ quan Thường trực các Chương trình tiếp thu các ý kiến góp ý tại hội nghị, căn cứ kết luận của ' +
  'đồng chí Bí thư Quận ủy để hoàn thiện và ban hành chính thức các văn bản, nghiên cứu thống nhất chủ đề công ' +
  'tác năm 2022 của Quận (Tiếp tục thực hiện Năm Dân vận khéo gắn với một nhiệm vụ cụ thể).';
const ASSIGN_2 =
  'Giao Văn phòng Quận ủy, căn cứ kết luận của đồng chí Bí thư Quận ủy ban hành Thông báo Hội nghị Ban Chấp ' +
  'hành lần thứ 9 để đơn vị căn cứ tổ chức thực hiện.';
const TASK_1 = 'Hoàn thiện và ban hành chính thức các văn bản trình Hội nghị lần thứ 9';
const TASK_2 = 'Ban hành Thông báo Hội nghị Ban Chấp hành lần thứ 9';

async function expectPlenum(meetings: MeetingsPage, page: Page) {
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByTestId('roll-call')).toHaveText('có mặt 6/8');
  await expect(meetings.agendaItems).toHaveText([
    new RegExp(`^1\\. ${PARTY_REPORT}`),
    new RegExp(`^2\\. ${SOCIO_REPORT}`),
    new RegExp(`^3\\. ${CADRES}`),
    new RegExp(`^4\\. ${INVESTMENT}`),
  ]);
  await meetings.tab('Thành phần dự').click();
  const absent = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Vắng', exact: true }) });
  await expect(absent).toHaveCount(2);
  await expect(absent.filter({ hasText: 'Nguyễn Thị Lan Anh' })).toContainText('Đi công tác');
  await expect(absent.filter({ hasText: 'Tạ Quốc Bảo' })).toContainText('Nghỉ ốm');
  await meetings.tab('Kết luận').click();
  await expect(meetings.conclusion('(1) Giao Ban Thường vụ').getByTestId('conclusion-task')).toContainText(
    TASK_1,
  );
  await expect(
    meetings.conclusion('(2) Giao Văn phòng Quận ủy').getByTestId('conclusion-task'),
  ).toContainText(TASK_2);
  await meetings.tab('Nhiệm vụ được giao').click();
  await expect(page.getByTestId('meeting-task')).toHaveCount(2);
}

test.describe('the 9th plenum entered by a new secretary', () => {
  let server: DistrictServer;
  let proxy: TcpProxy;
  let host: WebHostProcess | null = null;

  test.beforeAll(async () => {
    server = await startDistrictServer({ accounts, seedDemoAs: 'quantri' });
    proxy = await startTcpProxy(server.url);
  });
  test.afterAll(async () => {
    await host?.stop();
    await proxy.close();
    await server.stop();
  });

  test('offline: details, agenda, roll call with two absences, "Giao nhiệm vụ" conclusions become tasks of the unit', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(300_000);
    host = await startWebHostProcess();
    const context = await browser.newContext({
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    const sync = new SyncPage(page);
    const meetings = new MeetingsPage(page);
    await sync.open(host.url);
    await sync.signIn(proxy.url, 'thu.trang', 'mat-khau-trang-2021');
    await meetings.nav('Hội nghị').click();
    await expect(page.getByText('Chưa có hội nghị nào.')).toBeVisible();

    proxy.goOffline();
    await meetings.createMeeting({
      title: TITLE,
      session: '9',
      term: 'iv',
      day: '14/12/2021',
      start: '8:00',
      end: '11:30',
      place: 'Hội trường Quận ủy Long Biên',
      chair: 'Đường Hoài Nam',
      minuteTaker: 'Trần Thị Thu Trang',
    });
    await expect(page.getByText('Lần thứ 9, Khóa IV')).toBeVisible();

    // Agenda: added out of order, then put right by keyboard, by dragging and by the buttons.
    await meetings.addAgendaItem(PARTY_REPORT, 'Dự thảo', 'Ngô Mạnh Điềm');
    await meetings.addAgendaItem(CADRES, 'Tờ trình');
    await meetings.addAgendaItem(SOCIO_REPORT, 'Dự thảo', 'Nguyễn Mạnh Hà', 'nguyen manh ha');
    await meetings.agendaItems.filter({ hasText: SOCIO_REPORT }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(meetings.agendaItems.nth(1)).toContainText(SOCIO_REPORT);
    await expect(meetings.agendaItems.nth(1)).toBeFocused();
    await meetings.addAgendaItem(INVESTMENT, 'Dự thảo', 'Nguyễn Mạnh Hà');
    await meetings.agendaItems.filter({ hasText: INVESTMENT }).dragTo(meetings.agendaItems.nth(0));
    await expect(meetings.agendaItems.nth(0)).toContainText(INVESTMENT);
    for (let i = 1; i <= 3; i += 1) {
      await page.getByRole('button', { name: `Đưa xuống: ${INVESTMENT}` }).click();
      await expect(meetings.agendaItems.nth(i)).toContainText(INVESTMENT);
    }
    await expect(meetings.agendaItems.nth(3)).toContainText(INVESTMENT);
    await expect(meetings.agendaItems.nth(0)).toContainText('Trình bày: Ngô Mạnh Điềm');
    await page.screenshot({ path: testInfo.outputPath('agenda.png'), fullPage: true });

    // Attendees from the directory, by group; then the roll call.
    await meetings.tab('Thành phần dự').click();
    const members = [
      'Đường Hoài Nam',
      'Ngô Mạnh Điềm',
      'Nguyễn Mạnh Hà',
      'Nguyễn Thị Lan Anh',
      'Trần Thị Thu Trang',
      'Tạ Quốc Bảo',
      'Phạm Văn Long',
    ];
    await meetings.addPeople('Ủy viên Ban Chấp hành', members);
    await meetings.addPeople('Đại biểu mời', ['Vũ Đức Thắng']);
    await page.getByLabel('Tên thành phần').fill('Bí thư Đảng ủy, Chủ tịch UBND 14 phường');
    await meetings.button('Thêm thành phần (nhóm)').click();
    await expect(page.getByTestId('roll-call')).toHaveText('có mặt 0/8');
    for (const name of members.filter((n) => n !== 'Nguyễn Thị Lan Anh' && n !== 'Tạ Quốc Bảo')) {
      await meetings.callRoll(name, 'Có mặt');
    }
    await meetings.callRoll('Vũ Đức Thắng', 'Trực tuyến');
    await meetings.callRoll('Tạ Quốc Bảo', 'Vắng');
    await expect(meetings.modal).toContainText('Vắng mặt thì phải ghi lý do');
    await meetings.modal.getByLabel('Lý do vắng').fill('Nghỉ ốm');
    await meetings.modal.getByRole('button', { name: 'Lưu' }).click();
    await meetings.callRoll('Nguyễn Thị Lan Anh', 'Vắng', 'Đi công tác');
    await expect(page.getByTestId('roll-call')).toHaveText('có mặt 6/8');
    await expect(page.getByTestId('roll-call-groups')).toContainText('Ủy viên Ban Chấp hành: có mặt 5/7');
    await page.screenshot({ path: testInfo.outputPath('roll-call.png'), fullPage: true });

    // Section 3 of the conclusions, "Giao nhiệm vụ"; both become tasks of Văn phòng Quận ủy.
    await meetings.tab('Kết luận').click();
    await meetings.addConclusion('Giao nhiệm vụ', ASSIGN_1);
    await meetings.addConclusion('Giao nhiệm vụ', ASSIGN_2);
    await meetings.assignTask('Giao Ban Thường vụ Quận ủy', {
      title: TASK_1,
      lead: 'Văn phòng Quận ủy',
      cooperating: ['Ủy ban nhân dân quận Long Biên', 'Ủy ban Kiểm tra Quận ủy'],
      deadline: 'trong tháng 12/2021',
      due: '31/12/2021',
    });
    await meetings.assignTask('Giao Văn phòng Quận ủy', {
      title: TASK_2,
      lead: 'Văn phòng Quận ủy',
      cooperating: [],
      deadline: 'trước 20/12/2021',
      due: '20/12/2021',
    });
    // Renumbering keeps each task under its conclusion: the link is the conclusion's id, not its number.
    await meetings.conclusion('Giao Văn phòng Quận ủy').getByRole('button', { name: 'Sửa' }).click();
    await meetings.modal.getByLabel('Số thứ tự').fill('7');
    await meetings.modal.getByRole('button', { name: 'Lưu' }).click();
    await expect(meetings.conclusion('(7) Giao Văn phòng Quận ủy')).toHaveCount(1);
    await meetings.button('Đánh số lại').click();
    await expect(
      meetings.conclusion('(2) Giao Văn phòng Quận ủy').getByTestId('conclusion-task'),
    ).toContainText(TASK_2);
    await page.screenshot({ path: testInfo.outputPath('conclusions.png'), fullPage: true });

    const tasks = new TasksPage(page);
    await tasks.openTasks('Việc của đơn vị tôi');
    await tasks.chooseMe('Trần Thị Thu Trang');
    await expect(tasks.row(TASK_1)).toHaveCount(1);
    await expect(tasks.row(TASK_2)).toHaveCount(1);
    await expect(tasks.rows).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath('my-unit-tasks.png'), fullPage: true });
    await expect(sync.status.getByTestId('status-pending')).toContainText('thay đổi chờ đồng bộ');

    // Reload, still offline: everything is kept.
    await page.reload();
    await sync.waitReady();
    await expect(tasks.row(TASK_1)).toHaveCount(1);
    await expect(tasks.row(TASK_2)).toHaveCount(1);
    await meetings.nav('Hội nghị').click();
    await page.getByRole('link', { name: new RegExp(TITLE) }).click();
    await expectPlenum(meetings, page);
    await page.screenshot({ path: testInfo.outputPath('after-reload.png'), fullPage: true });
    await context.close();
  });
});
