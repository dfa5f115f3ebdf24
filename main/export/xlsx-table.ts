import { mainMessage } from '../../shared/i18n/main.ts';
import ExcelJS from 'exceljs';
import type { ParsedInput } from '../../shared/ipc/contract.ts';

export type ExportTable = ParsedInput<'export.xlsx'>;

/**
 * A real .xlsx (exceljs) of a table: the title in the first row, bold headers in the second (frozen, with
 * a filter), then the rows; long texts wrap. Times New Roman, as offices expect.
 */
export async function buildXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = mainMessage('app.name');
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  const font = { name: 'Times New Roman', size: 12 };
  const title = sheet.addRow([table.title]);
  title.font = { ...font, size: 14, bold: true };
  sheet.mergeCells(1, 1, 1, table.columns.length);
  const header = sheet.addRow(table.columns.map((column) => column.header));
  header.font = { ...font, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row);
    added.font = font;
    added.alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: table.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
