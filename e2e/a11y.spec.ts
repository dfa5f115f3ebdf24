import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';
import { SyncPage } from './pages/sync-page.ts';
import { TasksPage } from './pages/tasks-page.ts';

/**
 * axe-core over every main screen with the demo data, with drawers, menus and a form's errors open: no
 * critical and no serious violation of WCAG 2.2 A/AA. axe is injected through the DevTools protocol, so the
 * app's CSP stays on (never `bypassCSP`). The short run (the test command) checks the normal theme at the
 * default font and high contrast at the largest step; `A11Y_FULL=1` runs all four combinations.
 * axe's "incomplete" colour-contrast items (text over images or gradients, which it cannot measure) are
 * listed in the test output for a person to review.
 */
test.use({ demo: true });

interface Display {
  highContrast: boolean;
  largest: boolean;
}

const FULL = process.env.A11Y_FULL === '1';
const displays: Display[] = FULL
  ? [
      { highContrast: false, largest: false },
      { highContrast: false, largest: true },
      { highContrast: true, largest: false },
      { highContrast: true, largest: true },
    ]
  : [
      { highContrast: false, largest: false },
      { highContrast: true, largest: true },
    ];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PLENUM = /Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ Quận khóa IV/;
const MEETING_TABS = [
  'Chương trình nghị sự',
  'Thành phần dự',
  'Ý kiến phát biểu',
  'Kết luận',
  'Quyết nghị',
  'Nhiệm vụ được giao',
  'Biên bản',
  'Tài liệu',
];

interface Finding {
  state: string;
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

class Auditor {
  readonly serious: Finding[] = [];
  readonly others: Finding[] = [];
  readonly incomplete: string[] = [];
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async check(state: string): Promise<void> {
    // Let transitions (drawers sliding, tab ink) settle: axe measures colours as painted.
    await this.page.waitForTimeout(350);
    const result = await new AxeBuilder({ page: this.page }).withTags(TAGS).analyze();
    for (const violation of result.violations) {
      const finding = {
        state,
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        help: `${violation.help} (${violation.nodes.length})`,
      };
      if (finding.impact === 'critical' || finding.impact === 'serious') this.serious.push(finding);
      else this.others.push(finding);
    }
    for (const item of result.incomplete.filter((entry) => entry.id === 'color-contrast'))
      for (const node of item.nodes)
        this.incomplete.push(`${state}: ${node.target.join(' ')} — ${node.any[0]?.message ?? item.help}`);
  }

  async report(testInfo: TestInfo, name: string): Promise<void> {
    const lines = [
      `serious or critical: ${this.serious.length}`,
      ...this.serious.map(
        (f) => `  [${f.impact}] ${f.state} · ${f.rule}: ${f.help}\n      ${f.targets.join('\n      ')}`,
      ),
      `moderate or minor: ${this.others.length}`,
      ...this.others.map((f) => `  [${f.impact}] ${f.state} · ${f.rule}: ${f.help}`),
      `colour contrast axe could not decide (reviewed by a person): ${this.incomplete.length}`,
      ...this.incomplete.map((line) => `  ${line}`),
    ];
    const body = lines.join('\n');
    await testInfo.attach(`axe-${name}.txt`, { body, contentType: 'text/plain' });
    console.log(`axe ${name}\n${body}`);
  }
}

async function applyDisplay(page: Page, display: Display) {
  const shell = new SyncPage(page);
  if (display.highContrast) await page.getByRole('switch', { name: 'Tương phản cao' }).click();
  if (display.largest) for (let step = 0; step < 6; step += 1) await shell.button('A+ Tăng cỡ chữ').click();
}

async function programmes(page: Page, audit: Auditor) {
  const shell = new SyncPage(page);
  const screen = new ProgrammesPage(page);
  await shell.nav('Chương trình – Kế hoạch').click();
  await expect(page.getByRole('link', { name: '02-CTr/QU' })).toBeVisible();
  await audit.check('programmes list');
  await page.getByRole('button', { name: /Thêm chương trình$/ }).click();
  await screen.saveForm();
  await expect(screen.form.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await audit.check('programme form with errors');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  await expect(page.getByTestId('programme-rollup')).toBeVisible();
  await audit.check('programme');
  await screen.editMode();
  await expect(screen.grid).toBeVisible();
  await audit.check('indicator grid');
  await page.getByRole('button', { name: 'Dán từ Excel/Word' }).click();
  await expect(screen.pasteDialog).toBeVisible();
  await audit.check('paste dialog');
  await page.keyboard.press('Escape');
  await screen.viewMode();
}

async function tasks(page: Page, audit: Auditor) {
  const screen = new TasksPage(page);
  await screen.openTasks();
  await expect(screen.rows.first()).toBeVisible();
  await audit.check('tasks');
  await page.getByRole('combobox').first().click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first()).toBeVisible();
  await audit.check('tasks with a select menu open');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Nhắc hạn' }).click();
  await expect(page.locator('.ant-popover:not(.ant-popover-hidden)')).toBeVisible();
  await audit.check('tasks with the reminder settings open');
  await page.keyboard.press('Escape');
  await screen.rows.first().click();
  await expect(screen.drawer).toBeVisible();
  await audit.check('task editor');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Giao nhiệm vụ mới$/ }).click();
  await screen.drawer.getByRole('button', { name: 'Giao nhiệm vụ mới' }).click();
  await expect(screen.drawer.locator('.ant-form-item-explain-error').first()).toBeVisible();
  await audit.check('new task with errors');
  await page.keyboard.press('Escape');
}

async function meetings(page: Page, audit: Auditor) {
  const shell = new SyncPage(page);
  await shell.nav('Hội nghị').click();
  await expect(page.getByRole('link', { name: PLENUM })).toBeVisible();
  await audit.check('meetings list');
  for (const view of ['Tháng', 'Tuần']) {
    await page.locator('.ant-segmented-item').filter({ hasText: view }).click();
    await audit.check(`meetings calendar (${view})`);
  }
  await page.locator('.ant-segmented-item').filter({ hasText: 'Danh sách' }).click();
  await page.getByRole('link', { name: PLENUM }).click();
  await expect(page.getByRole('heading', { name: /Hội nghị lần thứ 9/ })).toBeVisible();
  for (const tab of MEETING_TABS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    if (tab === 'Biên bản')
      await expect(page.getByRole('textbox', { name: 'Biên bản — soạn thảo' })).toBeVisible();
    await audit.check(`meeting: ${tab}`);
  }
  await page.getByRole('tab', { name: 'Biên bản', exact: true }).click();
  await page.getByRole('button', { name: 'Phiên bản' }).click();
  await expect(page.getByRole('dialog', { name: 'Các phiên bản của văn bản' })).toBeVisible();
  await audit.check('meeting: minutes versions');
  await page.keyboard.press('Escape');
}

async function others(page: Page, audit: Auditor) {
  const shell = new SyncPage(page);
  await shell.nav('Trang chủ').click();
  await audit.check('home');
  await shell.nav('Đồng bộ').click();
  await expect(page.getByLabel('Địa chỉ máy chủ')).toBeVisible();
  await audit.check('sync');
  await shell.nav('Dữ liệu trên máy').click();
  await audit.check('data');
  await shell.nav('Danh bạ').click();
  await audit.check('directory');
}

for (const display of displays) {
  const name = `${display.highContrast ? 'high contrast' : 'normal'}, ${display.largest ? 'largest' : 'default'} font`;
  test(`every main screen passes axe (${name})`, async ({ app, page }, testInfo) => {
    test.setTimeout(240_000);
    await applyDisplay(app.page, display);
    const audit = new Auditor(page);
    try {
      await programmes(page, audit);
      await tasks(page, audit);
      await meetings(page, audit);
      await others(page, audit);
    } finally {
      await audit.report(testInfo, name.replace(/[^\w]+/g, '-'));
    }
    expect(audit.serious.map((f) => `${f.state} · ${f.rule}`)).toEqual([]);
  });
}
