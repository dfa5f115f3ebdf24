import { describe, expect, it } from 'vitest';
import { planBundle, type BundleItem } from './bundle-plan.ts';

const item = (order: number, part: string, name: string, mediaType = 'application/pdf'): BundleItem => ({
  order,
  part,
  name,
  sha256: `${order}`.padStart(64, '0'),
  mediaType,
});

describe('a meeting bundle', () => {
  it('puts each part in a numbered folder in the agenda order, names made safe', () => {
    const plan = planBundle([
      item(3, 'Tờ trình của BTV Quận ủy về Quy định quản lý cán bộ', 'Tờ trình.docx', 'application/x'),
      item(0, 'Tài liệu chung', 'Giấy mời.pdf'),
      item(1, 'Báo cáo kết quả công tác xây dựng Đảng: năm 2021', '../../Dự thảo?.pdf'),
    ]);
    expect(plan.map((entry) => entry.path)).toEqual([
      '00 - Tài liệu chung/Giấy mời.pdf',
      '01 - Báo cáo kết quả công tác xây dựng Đảng_ năm 2021/Dự thảo_.pdf',
      '03 - Tờ trình của BTV Quận ủy về Quy định quản lý cán bộ/Tờ trình.docx',
    ]);
    expect(plan.map((entry) => entry.isPdf)).toEqual([true, true, false]);
  });

  it('never overwrites a file of the same name in a folder', () => {
    const plan = planBundle([
      item(1, 'Báo cáo', 'Phụ lục.pdf'),
      item(1, 'Báo cáo', 'phụ lục.pdf'),
      item(1, 'Báo cáo', 'Phụ lục.pdf'),
    ]);
    expect(plan.map((entry) => entry.path)).toEqual([
      '01 - Báo cáo/Phụ lục.pdf',
      '01 - Báo cáo/phụ lục (2).pdf',
      '01 - Báo cáo/Phụ lục (3).pdf',
    ]);
  });
});
