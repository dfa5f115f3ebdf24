import { expect, test, type Browser, type Page } from '@playwright/test';
import { statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import { openClientPage } from './client-page.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import type { SyncPage } from './pages/sync-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * Conference materials (issue 19): office A attaches two drafts to the 9th plenum's agenda (a PDF to the
 * first item, a .docx to the third); office B chooses "Tải về để dùng ngoại tuyến", loses its
 * connection, and still opens both — the PDF's first page and the .docx's text show inside the app.
 */
const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const plenum = demo.meeting.find((meeting) => meeting.title.includes('lần thứ 9'));
const spaceId = plenum?.spaceId ?? '';
const PDF = 'e2e/files/Dự thảo Báo cáo công tác xây dựng Đảng năm 2021.pdf';
const DOCX = 'e2e/files/Tờ trình Quy định quản lý cán bộ.docx';

const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  {
    username: 'vanphong',
    password: 'mat-khau-vanphong-2021',
    name: 'Nguyễn Thị Hoài Thu',
    grants: [{ spaceId, role: 'manage' as const }],
  },
  {
    username: 'uyvien',
    password: 'mat-khau-uyvien-2021',
    name: 'Trần Thị Ngọc Lan',
    grants: [{ spaceId, role: 'read' as const }],
  },
];

interface Office {
  host: WebHostProcess;
  page: Page;
  sync: SyncPage;
  proxy: TcpProxy;
}

/**
 * The address the page last handed to `window.open` (a download link of the web host): the page's
 * `window.open` is replaced first, so the test reads the link instead of a browser download.
 */
async function opened(page: Page): Promise<string> {
  await expect
    .poll(() => page.evaluate(() => (window as { lastOpened?: string }).lastOpened ?? ''))
    .toContain('/files/');
  return page.evaluate(() => (window as { lastOpened?: string }).lastOpened ?? '');
}

async function catchOpen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.open = (url?: string | URL) => {
      (window as { lastOpened?: string }).lastOpened = String(url);
      return null;
    };
  });
}

async function openMaterials(office: Office) {
  await office.page.goto(`${office.host.url.split('#')[0]}#/meetings/${plenum?.id ?? ''}`);
  await office.page.getByRole('tab', { name: 'Tài liệu' }).click();
  return office.page.getByRole('region', { name: 'Tài liệu hội nghị' });
}

test.describe('conference materials', () => {
  let server: DistrictServer;
  const offices: Office[] = [];

  test.beforeAll(async () => {
    server = await startDistrictServer({ accounts, seedDemoAs: 'quantri' });
  });
  test.afterAll(async () => {
    for (const office of offices) {
      await office.host.stop();
      await office.proxy.close();
    }
    await server.stop();
  });

  async function openOffice(browser: Browser, username: string, password: string): Promise<Office> {
    const host = await startWebHostProcess();
    const proxy = await startTcpProxy(server.url);
    const office = { host, proxy, ...(await openClientPage(browser, host.url)) };
    await catchOpen(office.page);
    await office.page.reload();
    offices.push(office);
    await office.sync.signIn(proxy.url, username, password);
    return office;
  }

  test('A attaches two drafts; B fetches them for offline use and opens both offline', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const a = await openOffice(browser, 'vanphong', 'mat-khau-vanphong-2021');
    const materials = await openMaterials(a);
    const first = materials.getByRole('region', { name: /^Nội dung 1:/ });
    await first.locator('input[type=file]').setInputFiles(PDF);
    await expect(first.getByTestId('attachment-row')).toContainText('Dự thảo Báo cáo công tác xây dựng Đảng');
    const third = materials.getByRole('region', { name: /^Nội dung 3:/ });
    await third.locator('input[type=file]').setInputFiles(DOCX);
    await expect(third.getByTestId('attachment-row')).toContainText('Tờ trình Quy định quản lý cán bộ.docx');
    await a.sync.syncNow();
    await openMaterials(a);
    await expect(a.page.getByText('Có trên máy', { exact: true })).toHaveCount(2, { timeout: 30_000 });
    await a.page.screenshot({ path: testInfo.outputPath('a-materials.png'), fullPage: true });
    // The meeting's bundle: one ZIP, a folder per agenda item in the agenda's order.
    await a.page.getByRole('button', { name: 'Tải bộ tài liệu (ZIP)' }).click();
    const zip = unzipSync(new Uint8Array(await (await a.page.request.get(await opened(a.page))).body()));
    expect(Object.keys(zip).map((path) => path.split('/')[0]?.slice(0, 4))).toEqual(['01 -', '03 -']);
    expect(Object.keys(zip)[1]).toMatch(/\/Tờ trình Quy định quản lý cán bộ\.docx$/);

    const b = await openOffice(browser, 'uyvien', 'mat-khau-uyvien-2021');
    const seen = await openMaterials(b);
    await expect(seen.getByText('Chưa tải về máy', { exact: true })).toHaveCount(2);
    await seen.getByRole('button', { name: 'Tải về để dùng ngoại tuyến' }).click();
    await expect(seen.getByTestId('files-local-count')).toHaveText('2/2 tệp đã có trên máy', {
      timeout: 30_000,
    });

    b.proxy.goOffline();
    await b.page.reload();
    const offline = await openMaterials(b);
    await expect(offline.getByTestId('files-local-count')).toHaveText('2/2 tệp đã có trên máy');
    await offline.getByRole('button', { name: /^Xem trước: Dự thảo Báo cáo/ }).click();
    const preview = b.page.getByRole('dialog', { name: /^Xem trước: Dự thảo Báo cáo/ });
    await expect(preview.getByRole('img', { name: /^Trang đầu của/ })).toBeVisible();
    // Drawn: a portrait A4 page, at the drawer's width.
    await expect
      .poll(() =>
        preview
          .getByTestId('pdf-page')
          .evaluate((canvas: HTMLCanvasElement) => canvas.width > 0 && canvas.height > canvas.width),
      )
      .toBe(true);
    await b.page.screenshot({ path: testInfo.outputPath('b-offline-pdf.png') });
    await b.page.keyboard.press('Escape');
    await offline.getByRole('button', { name: 'Xem trước: Tờ trình Quy định quản lý cán bộ.docx' }).click();
    await expect(b.page.getByTestId('docx-text')).toContainText('gồm 5 chương, 32 điều');
    await b.page.keyboard.press('Escape');
    await offline.getByRole('button', { name: 'Mở "Tờ trình Quy định quản lý cán bộ.docx"' }).click();
    const copy = await b.page.request.get(await opened(b.page));
    expect(copy.headers()['content-disposition']).toContain('attachment');
    expect((await copy.body()).byteLength).toBe(statSync(DOCX).size);
  });
});
