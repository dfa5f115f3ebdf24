import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../shared/documents/base64.ts';
import { plainText } from '../shared/documents/plain-text.ts';
import { buildDemoDataset, DEMO_SERVER_NOW } from '../shared/demo/index.ts';
import type { FetchLike } from '../shared/server-client/fetch-like.ts';
import { memorySessionStore } from '../shared/server-client/memory-sessions.ts';
import { createServerClient } from '../shared/server-client/server-client.ts';
import { documentId } from '../shared/sync/documents-api.ts';
import { openClientPage } from './client-page.ts';
import { startDistrictServer, type DistrictServer } from './district-server.ts';
import type { SyncPage } from './pages/sync-page.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';
import { startWebHostProcess, type WebHostProcess } from './web-host-process.ts';

/**
 * The minutes written by two offices at once, both offline (issue 18): the secretary's office (A) and a
 * member of the office (B) open the minutes of the Tây Hồ plenum for the first time with the line cut, A
 * writes the proceedings, B writes a conclusion and corrects a word of section III; back online, the
 * skeleton and both paragraphs are there exactly once on both machines, after a reload, and in the
 * server's log decoded here in Node. Each office reaches the real district server through its own proxy.
 */
const demo = buildDemoDataset({ now: DEMO_SERVER_NOW });
const plenum = demo.meeting.find((meeting) => meeting.title.includes('quận Tây Hồ'));
const spaceId = plenum?.spaceId ?? '';
const docId = documentId('minutes', plenum?.id ?? '');

const PROCEEDINGS =
  'Đồng chí Phạm Thanh Tùng, Phó Bí thư Thường trực Quận ủy trình bày Báo cáo kết quả công tác 9 tháng năm 2023.';
const CONCLUSION =
  'Giao Văn phòng Quận ủy hoàn thiện dự thảo báo cáo, trình Ban Thường vụ trước ngày 15/10/2023.';
const LATE_EDIT = 'Đề nghị bổ sung ý kiến của đồng chí Chủ tịch UBND phường Nhật Tân.';
const accounts = [
  { username: 'quantri', password: 'mat-khau-quan-tri', name: 'Quản trị Văn phòng Quận ủy', admin: true },
  {
    username: 'vanphong',
    password: 'mat-khau-vanphong-2023',
    name: 'Nguyễn Thị Hoài Thu',
    // The office: it manages the meeting, so it records the chair's approval.
    grants: [{ spaceId, role: 'manage' as const }],
  },
  {
    username: 'uyvien',
    password: 'mat-khau-uyvien-2023',
    name: 'Trần Thị Ngọc Lan',
    grants: [{ spaceId, role: 'write' as const }],
  },
];

interface Office {
  host: WebHostProcess;
  page: Page;
  sync: SyncPage;
  proxy: TcpProxy;
}

const count = (text: string, part: string) => text.split(part).length - 1;

async function openMinutes(office: Office): Promise<Locator> {
  await office.page.goto(`${office.host.url.split('#')[0]}#/meetings/${plenum?.id ?? ''}`);
  await office.page.getByRole('tab', { name: 'Biên bản' }).click();
  const editor = office.page.getByRole('textbox', { name: 'Biên bản — soạn thảo' });
  await expect(editor).toContainText('BIÊN BẢN HỘI NGHỊ');
  return editor;
}

/** Clicks at the end of the block holding `anchor` and types a new paragraph after it. */
async function typeAfter(page: Page, editor: Locator, anchor: string, text: string) {
  await editor.locator(':is(p, h1, h2, h3)', { hasText: anchor }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

/** The server's copy: the merged log the documents API answers an empty state vector with, decoded in Node. */
async function serverText(server: DistrictServer): Promise<string> {
  const client = createServerClient({
    baseUrl: server.url,
    fetch: globalThis.fetch as unknown as FetchLike,
    clientId: 'kiem-tra-e2e',
    sessions: memorySessionStore(),
    now: Date.now,
  });
  await client.login('quantri', 'mat-khau-quan-tri');
  const answer = await client.syncDocument(docId, null, bytesToBase64(Y.encodeStateVector(new Y.Doc())));
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, base64ToBytes(answer.update));
  return plainText(doc);
}

test.describe('minutes written by two offices', () => {
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
    offices.push(office);
    await office.sync.signIn(proxy.url, username, password);
    return office;
  }

  test('both start the minutes offline: one skeleton, both paragraphs once, everywhere', async ({
    browser,
  }, testInfo) => {
    test.setTimeout(180_000);
    const a = await openOffice(browser, 'vanphong', 'mat-khau-vanphong-2023');
    const b = await openOffice(browser, 'uyvien', 'mat-khau-uyvien-2023');
    a.proxy.goOffline();
    b.proxy.goOffline();

    const editorA = await openMinutes(a);
    await typeAfter(a.page, editorA, 'Diễn biến hội nghị theo từng nội dung', PROCEEDINGS);
    const editorB = await openMinutes(b);
    await typeAfter(b.page, editorB, 'IV. Kết luận', CONCLUSION);
    // B corrects a word in A's section with find and replace.
    await b.page.getByRole('button', { name: 'Tìm và thay thế (Ctrl+F)' }).click();
    await b.page.getByRole('textbox', { name: 'Tìm', exact: true }).fill('Diễn biến hội nghị');
    await b.page.getByRole('textbox', { name: 'Thay bằng' }).fill('Diễn biến của hội nghị');
    await b.page.getByRole('button', { name: 'Thay tất cả' }).click();
    await expect(b.page.getByRole('search').getByRole('status')).toHaveText('Đã thay 1 chỗ');
    await expect(a.page.getByTestId('minutes-sync')).toContainText('chờ gửi lên máy chủ');
    await a.page.screenshot({ path: testInfo.outputPath('a-offline.png'), fullPage: true });

    a.proxy.goOnline();
    b.proxy.goOnline();
    await a.sync.syncNow();
    await b.sync.syncNow();
    await a.sync.syncNow();

    for (const office of [a, b]) {
      const editor = await openMinutes(office);
      await expect(editor).toContainText(PROCEEDINGS);
      await expect(editor).toContainText(CONCLUSION);
      await expect(editor).toContainText('Diễn biến của hội nghị theo từng nội dung');
      await office.page.reload();
      const reloaded = await openMinutes(office);
      await expect(reloaded).toContainText(CONCLUSION);
      const text = (await reloaded.innerText()).replace(/\n+/g, '\n');
      expect(count(text, 'BIÊN BẢN HỘI NGHỊ')).toBe(1);
      expect(count(text, 'III. Nội dung hội nghị')).toBe(1);
      expect(count(text, PROCEEDINGS)).toBe(1);
      expect(count(text, CONCLUSION)).toBe(1);
      await expect(office.page.getByTestId('minutes-sync')).toHaveText('Đã đồng bộ với máy chủ');
    }
    await b.page.screenshot({ path: testInfo.outputPath('b-after-sync.png'), fullPage: true });

    const stored = await serverText(server);
    expect(count(stored, 'BIÊN BẢN HỘI NGHỊ')).toBe(1);
    expect(count(stored, PROCEEDINGS)).toBe(1);
    expect(count(stored, CONCLUSION)).toBe(1);
    expect(count(stored, 'Diễn biến của hội nghị')).toBe(1);
    expect(count(stored, 'Diễn biến hội nghị')).toBe(0);

    // The office records the chair's approval while B, offline, still corrects the minutes.
    b.proxy.goOffline();
    const late = await openMinutes(b);
    await typeAfter(b.page, late, 'IV. Kết luận', LATE_EDIT);
    await recordApproval(a);
    await a.sync.syncNow();
    b.proxy.goOnline();
    await b.sync.syncNow();
    const closed = await openMinutes(b);
    await expect(b.page.getByText('Biên bản đã được chủ trì duyệt: đồng chí chỉ được xem.')).toBeVisible();
    const side = b.page.getByTestId('side-copies');
    await expect(side).toContainText('chủ trì duyệt');
    await side.getByRole('button', { name: /Biên bản đã được chủ trì duyệt/ }).click();
    await expect(side).toContainText(LATE_EDIT);
    await expect(closed).toHaveAttribute('contenteditable', 'false');
    await expect(closed).not.toContainText(LATE_EDIT);
    await b.page.screenshot({ path: testInfo.outputPath('b-after-sign-off.png'), fullPage: true });
    expect(count(await serverText(server), LATE_EDIT)).toBe(0);
  });
});

/** A, the office, records that the chair approved the minutes (the chair is the meeting's, by default). */
async function recordApproval(a: Office): Promise<void> {
  await openMinutes(a);
  await a.page.getByRole('button', { name: 'Ghi nhận chủ trì duyệt biên bản' }).click();
  const dialog = a.page.getByRole('dialog', { name: 'Ghi nhận biên bản đã được chủ trì duyệt' });
  await dialog.getByLabel('Ghi chú (cách duyệt)').fill('Đồng chí Bí thư duyệt trực tiếp trên bản in.');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(a.page.getByTestId('minutes-signoff')).toContainText('Biên bản đã được đồng chí');
}
