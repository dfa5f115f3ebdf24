import { PROGRAMME_02 } from '../shared/demo/programme-02.ts';
import type { IndicatorSpec } from '../shared/demo/programmes.ts';
import { comparePeriods } from '../shared/domain/period.ts';
import type { Period } from '../shared/domain/indicator.ts';
import { expect, test } from './fixtures.ts';
import { ProgrammesPage } from './pages/programmes-page.ts';

/** The day of the mid-term report (a public report of Long Biên, not in the repository): the term is not over. */
const REPORT_DAY = new Date('2023-04-18T09:00:00+07:00');

const TYPED = ['Tỷ lệ “Gia đình văn hóa”', 'Số hộ nghèo'];

const vi = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
const header = (prefix: string, p: Period) => `${prefix} ${p.kind === 'h1' ? '6 tháng ' : ''}${p.year}`;
const directionCell = { increase: 'Tăng', decrease: 'Giảm', keep: 'Duy trì', boolean: 'Có/Không' } as const;

/** The indicators of 02-CTr/QU as a sheet copied from Excel: a header row, then tab-separated rows. */
function sheet(specs: readonly IndicatorSpec[]): string {
  const periods = new Map<string, Period>();
  for (const spec of specs)
    for (const [year, kind] of spec.periods) periods.set(`${year}-${kind}`, { year, kind });
  const columns = [...periods.values()].sort(comparePeriods);
  const head = ['Tên chỉ tiêu', 'ĐVT', 'Chiều', 'Đầu kỳ', 'Mục tiêu nhiệm kỳ'];
  for (const p of columns) head.push(header('KH', p), header('KQ', p));
  head.push('NQ ĐH');
  const rows = specs.map((spec) => {
    const cells = [spec.name, spec.unit, directionCell[spec.direction], vi(spec.baseline), vi(spec.target)];
    for (const p of columns) {
      const row = spec.periods.find(([year, kind]) => year === p.year && kind === p.kind);
      cells.push(vi(row?.[2] ?? null), vi(row?.[3] ?? null));
    }
    cells.push(spec.congress ? 'x' : '');
    return cells.join('\t');
  });
  return [head.join('\t'), ...rows].join('\r\n');
}

test('a new user creates 02-CTr/QU with 32 indicators by typing and pasting; the summary says 24/32', async ({
  page,
  webHost,
  context,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(REPORT_DAY);
  const app = new ProgrammesPage(page);
  await app.open(webHost.url);
  await app.openList();
  await expect(page.getByText('Chưa có chương trình công tác nào.')).toBeVisible();

  // The programme: the schema's message in Vietnamese, next to the field, until the code is right.
  await page.getByRole('button', { name: /Thêm chương trình$/ }).click();
  await app.field('Số hiệu').fill('02/QU');
  await app.field('Tên chương trình').fill(PROGRAMME_02.title);
  await app.saveForm();
  await expect(app.form).toContainText('Số hiệu chương trình phải có dạng "01-CTr/QU"');
  await app.field('Số hiệu').fill('02-CTr/QU');
  await expect(app.field('Năm đầu nhiệm kỳ')).toHaveValue('2020');
  await expect(app.field('Năm cuối nhiệm kỳ')).toHaveValue('2025');
  await app.saveForm();
  await expect(
    page.getByRole('heading', { name: /02-CTr\/QU — Nâng cao chất lượng cuộc sống/ }),
  ).toBeVisible();
  await expect(app.rollup).toHaveText('0/0 chỉ tiêu đạt và dự kiến đạt');

  // Two indicators typed like a spreadsheet, one year at a time.
  await app.editMode();
  await app.choosePeriod('năm 2021');
  await app.button('Thêm chỉ tiêu').click();
  for (const text of ['Tỷ lệ “Gia đình văn hóa”', '%', '', '92,6', '90', '90']) await app.typeCell(text);
  await app.typeCell('93,1', 'Tab');
  await app.page.keyboard.press('Tab'); // over the status
  await app.typeCell('x', 'Enter'); // thuộc Nghị quyết Đại hội; Enter goes down to a new row
  await expect(app.grid.locator('tr[data-row="new"]')).toHaveCount(1);
  for (let i = 0; i < 9; i++) await app.page.keyboard.press('ArrowLeft');
  for (const text of ['Số hộ nghèo', 'hộ', 'giảm', '48', '0', '24']) await app.typeCell(text);
  // A result that is not a number is refused with its message, and Escape leaves the old value.
  await app.page.keyboard.type('1');
  await app.editor.pressSequentially('2,3,4');
  await app.page.keyboard.press('Enter');
  await expect(app.grid.getByRole('alert')).toContainText('"12,3,4" không phải là số');
  await app.page.keyboard.press('Escape');
  await expect(app.editor).toHaveCount(0);
  await app.typeCell('11', 'Enter');
  await expect(app.cell('Số hộ nghèo', 'result')).toHaveText('11');

  await app.choosePeriod('năm 2022');
  for (const name of TYPED) {
    const spec = PROGRAMME_02.indicators.find((s) => s.name === name);
    const figures = spec?.periods.find(([year]) => year === 2022);
    await app.cell(name, 'planned').click();
    await app.typeCell(vi(figures?.[2] ?? null));
    await app.typeCell(vi(figures?.[3] ?? null), 'Enter');
  }
  await expect(app.cell('Số hộ nghèo', 'status')).toHaveText('Đạt');
  await expect(app.rollup).toHaveText('2/2 chỉ tiêu đạt và dự kiến đạt');

  // The other 30, copied from a sheet: one bad row is shown first, and nothing is added.
  const rest = PROGRAMME_02.indicators.filter((s) => !TYPED.includes(s.name));
  expect(rest).toHaveLength(30);
  const good = sheet(rest);
  const [head = '', first = '', second = '', ...others] = good.split('\r\n');
  const broken = [head, first.replace(/^[^\t]*/u, ''), second.replace(/\t(\d+)\t/u, '\t$1,2,3\t'), ...others];
  await app.pasteOnTable(broken.join('\r\n'));
  await expect(app.pasteDialog).toBeVisible();
  const errors = app.pasteDialog.getByTestId('paste-errors').getByRole('listitem');
  await expect(errors).toHaveCount(2);
  await expect(errors.first()).toContainText('Dòng 2: thiếu tên chỉ tiêu');
  await expect(errors.last()).toContainText(/Dòng 3: .*không phải là số/);
  await expect(app.pasteDialog).toContainText('Sẽ thêm 28 chỉ tiêu');
  await expect(app.pasteDialog.getByRole('button', { name: /^Thêm \d+ chỉ tiêu$/ })).toBeDisabled();
  await app.pasteDialog.getByLabel('Dán từ Excel/Word').fill(good);
  await expect(app.pasteDialog.getByTestId('paste-preview')).toHaveText('Sẽ thêm 30 chỉ tiêu');
  await expect(app.pasteDialog.getByTestId('paste-errors')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('paste-preview.png') });
  await app.pasteDialog.getByRole('button', { name: 'Thêm 30 chỉ tiêu' }).click();
  await expect(app.pasteDialog).toHaveCount(0);

  await expect(app.rollup).toHaveText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await expect(page.getByText('Đang thực hiện 8').first()).toBeVisible();
  await expect(page.getByText(/^6 chỉ tiêu thuộc Nghị quyết Đại hội: .*3 đang thực hiện$/)).toBeVisible();
  await app.viewMode();
  await expect(page.locator('tr.ant-table-row')).toHaveCount(32);
  await page.screenshot({ path: testInfo.outputPath('programme-page.png'), fullPage: true });

  // A decreasing indicator: fewer poor households is better; more than planned is "đang thực hiện".
  await expect(app.viewRow('Số hộ nghèo')).toContainText('100%');
  await expect(app.viewRow('Số hộ nghèo')).toContainText('Đạt');
  await app.editMode();
  await app.cell('Số hộ nghèo', 'result').click();
  await app.typeCell('30', 'Enter');
  await expect(app.cell('Số hộ nghèo', 'status')).toHaveText('Đang thực hiện');
  await page.screenshot({ path: testInfo.outputPath('indicator-grid.png'), fullPage: true });
  await expect(app.gridRow('Số hộ nghèo')).toContainText('37,5%');
  await app.cell('Số hộ nghèo', 'result').click();
  await app.typeCell('0', 'Enter');
  await expect(app.cell('Số hộ nghèo', 'status')).toHaveText('Đạt');

  // The chart of results against the term target.
  await app.viewMode();
  await app.viewRow('Số hộ nghèo').click();
  await expect(app.drawer.getByTestId('chart-target')).toContainText('Mục tiêu nhiệm kỳ: 0 hộ');
  await expect(app.drawer.getByTestId('chart-result')).toHaveCount(3);
  await app.drawer.screenshot({ path: testInfo.outputPath('chart.png') });
  await page.keyboard.press('Escape');

  // Offline: a result edited is saved on this machine and is still there after a reload.
  await context.setOffline(true);
  await expect(app.status).toContainText('Ngoại tuyến');
  await app.viewRow('Gia đình văn hóa').click();
  await page.getByLabel(/^Kết quả/).fill('93,5');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(app.viewRow('Gia đình văn hóa')).toContainText('93,5');
  await context.setOffline(false);
  await page.reload();
  await app.waitReady();
  await expect(app.rollup).toHaveText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await expect(app.viewRow('Gia đình văn hóa')).toContainText('93,5');

  await app.openList();
  await expect(app.listRow('02-CTr/QU')).toContainText('24/32 chỉ tiêu đạt và dự kiến đạt');
  await expect(page.getByLabel('Đánh giá tại ngày')).toHaveValue('18/04/2023');
  await page.screenshot({ path: testInfo.outputPath('programmes.png'), fullPage: true });
});
