import type { Locator, Page, TestInfo } from '@playwright/test';
import { callApi } from './call-api.ts';
import { expect, test } from './fixtures.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';
import { TasksPage } from './pages/tasks-page.ts';

/**
 * The layout holds at every font step (A− to A+, 0.85 to 1.6) at 1366×768: the task-name column keeps at
 * least 16 em and the status column stays in view; the indicator names keep 16 em in the programme's table
 * and in "Nhập liệu", whose header cells stay on top when the grid scrolls; no header, tab or menu label is cut
 * (its text, as laid out, lies inside its box). A screenshot of each screen at each step is saved with the test output.
 */
test.use({ demo: true, viewport: { width: 1366, height: 768 } });

const STEPS = [0.85, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6];

/** Width in ems of the element's own font. */
async function ems(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const size = parseFloat(getComputedStyle(element).fontSize);
    return element.getBoundingClientRect().width / size;
  });
}

/** Labels whose text does not fit their box: headers, tabs, menu items, segmented choices. */
async function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'th',
      '[role="columnheader"]',
      '[role="tab"]',
      '.ant-menu-title-content',
      '.ant-segmented-item-label',
      '.ant-card-head-title',
    ].join(',');
    const cut: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue; // not shown (a hidden tab panel's, a measuring row)
      // Where the text itself is laid out, clipped or not (an ellipsis is only painted over it): it must lie
      // inside its box. (scrollWidth would also count decorations such as a fixed column's shadow.)
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      if (text.width === 0) continue;
      if (text.right > box.right + 1 || text.left < box.left - 1)
        cut.push(`${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return cut;
  });
}

async function setStep(page: Page, fontScale: number) {
  const answer = await callApi(page, 'settings.update', { fontScale });
  expect(answer.ok).toBe(true);
  await expect
    .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)))
    .toBe(Math.round(16 * fontScale)); // App.tsx: the root's size, which rem-sized layout follows
}

async function shot(page: Page, testInfo: TestInfo, name: string, step: number) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-${String(step).replace('.', '_')}.png`) });
}

async function checkTasks(page: Page, testInfo: TestInfo, step: number, problems: string[]) {
  const tasks = new TasksPage(page);
  await tasks.openTasks();
  await expect(tasks.rows.first()).toBeVisible();
  const name = await ems(page.getByTestId('task-header-title'));
  if (name < 16) problems.push(`${step}: task name column ${name.toFixed(1)} em`);
  const status = await page.getByTestId('task-header-status').boundingBox();
  if (!status || status.width < 20 || status.x + status.width > 1366)
    problems.push(`${step}: status column not in view (${JSON.stringify(status)})`);
  for (const label of await cutLabels(page)) problems.push(`${step}: tasks: ${label} is cut`);
  await shot(page, testInfo, 'tasks', step);
}

async function checkProgramme(page: Page, testInfo: TestInfo, step: number, problems: string[]) {
  const programmes = new ProgrammesPage(page);
  await programmes.openList();
  await page.getByRole('link', { name: '02-CTr/QU' }).click();
  await expect(page.getByTestId('indicator-read-table')).toBeVisible();
  const name = await ems(page.getByTestId('indicator-read-name-header'));
  if (name < 16) problems.push(`${step}: indicator name column ${name.toFixed(1)} em`);
  for (const label of await cutLabels(page)) problems.push(`${step}: programme: ${label} is cut`);
  await shot(page, testInfo, 'programme', step);

  await programmes.editMode();
  const scroller = page.getByTestId('indicator-grid-scroll');
  await expect(scroller).toBeVisible();
  const gridName = await ems(page.getByTestId('indicator-grid-name-header'));
  if (gridName < 16) problems.push(`${step}: grid name column ${gridName.toFixed(1)} em`);
  await scroller.evaluate((element) => {
    element.scrollIntoView({ block: 'start' });
    element.scrollBy(0, 600);
  });
  const [box, head] = await Promise.all([
    scroller.boundingBox(),
    page.getByTestId('indicator-grid-name-header').boundingBox(),
  ]);
  if (!box || !head || head.y < box.y - 1 || head.y > box.y + 2)
    problems.push(`${step}: the grid's header scrolled away (${head?.y} vs ${box?.y})`);
  for (const label of await cutLabels(page)) problems.push(`${step}: grid: ${label} is cut`);
  await shot(page, testInfo, 'grid', step);
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  await programmes.viewMode();
}

test('the task list, the programme and its grid hold at every font step', async ({ app, page }, testInfo) => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  for (const step of STEPS) {
    await setStep(app.page, step);
    await checkTasks(page, testInfo, step, problems);
    await checkProgramme(page, testInfo, step, problems);
  }
  expect(problems).toEqual([]);
});
