import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createExportService } from './export-service.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const table = {
  title: 'Nhiệm vụ — Việc của đơn vị tôi (Phường Bồ Đề)',
  sheetName: 'Nhiệm vụ',
  columns: [
    { header: 'Nhiệm vụ', width: 60 },
    { header: 'Đơn vị chủ trì', width: 20 },
    { header: 'Thời hạn', width: 12 },
    { header: 'Tiến độ (%)', width: 10 },
  ],
  rows: [
    [
      'Hoàn thiện hồ sơ đề nghị công nhận phường Bồ Đề đạt chuẩn “Đô thị văn minh”',
      'Bồ Đề',
      '12/12/2026',
      55,
    ],
    ['Nạo vét, khơi thông hệ thống thoát nước trước mùa mưa bão', 'QLĐT', null, 75],
  ],
};

describe('export service', () => {
  it('writes a real .xlsx into the exports folder that exceljs reads back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-'));
    dirs.push(dir);
    const service = createExportService({
      userDataDir: dir,
      dialogs: null,
      now: () => Date.UTC(2026, 10, 22, 3),
    });
    const result = await service.xlsx(table);
    expect(result).toMatchObject({
      saved: true,
      path: join(dir, 'exports', 'nhiem-vu-2026-11-22-03-00-00.xlsx'),
    });
    if (!result.saved) return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.path);
    const sheet = workbook.getWorksheet('Nhiệm vụ');
    expect(sheet?.getCell('A1').value).toBe(table.title);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Thời hạn',
      'Tiến độ (%)',
    ]);
    expect(sheet?.getCell('A3').value).toBe(table.rows[0]?.[0]);
    expect(sheet?.getCell('D3').value).toBe(55);
    expect(sheet?.getCell('C4').value).toBeNull();
    expect(sheet?.rowCount).toBe(4);
  });

  it('writes where the save dialog says, and nothing when it is cancelled', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-'));
    dirs.push(dir);
    const picked = join(dir, 'chon', 'danh-sach.xlsx');
    const chosen = createExportService({
      userDataDir: dir,
      dialogs: { chooseExportPath: async () => picked },
      now: Date.now,
    });
    expect(await chosen.xlsx(table)).toMatchObject({ saved: true, path: picked });
    const cancelled = createExportService({
      userDataDir: dir,
      dialogs: { chooseExportPath: async () => null },
      now: Date.now,
    });
    expect(await cancelled.xlsx(table)).toEqual({ saved: false });
  });
});
