import { describe, expect, it } from 'vitest';
import { parseDeadlineVi } from './deadline.ts';

const REF = '2022-03-10';

describe('parseDeadlineVi', () => {
  it.each([
    ['xong trong tháng 01/2022', '2022-01-31', 'month'],
    ['trong tháng 6/2023', '2023-06-30', 'month'],
    ['Hoàn thành trong tháng 2 năm 2024', '2024-02-29', 'month'],
    ['cuối tháng 9', '2022-09-30', 'month'],
    ['trước ngày 30/6/2022', '2022-06-30', 'before'],
    ['trước 30/6', '2022-06-30', 'before'],
    ['chậm nhất ngày 15-01-2023', '2023-01-15', 'before'],
    ['trước tháng 6/2022', '2022-05-31', 'before'],
    ['trước tháng 1/2023', '2022-12-31', 'before'],
    ['quý I/2022', '2022-03-31', 'quarter'],
    ['trong quý IV năm 2023', '2023-12-31', 'quarter'],
    ['quý 3', '2022-09-30', 'quarter'],
    ['6 tháng đầu năm 2023', '2023-06-30', 'quarter'],
    ['năm 2022', '2022-12-31', 'year'],
    ['trong năm 2025', '2025-12-31', 'year'],
    ['15/01/2022', '2022-01-15', 'date'],
    ['ngày 05 tháng 01 năm 2022', '2022-01-05', 'date'],
    ['2022-07-01', '2022-07-01', 'date'],
    ['15/01', '2022-01-15', 'date'],
  ] as const)('reads "%s" as %s (%s)', (text, date, kind) => {
    expect(parseDeadlineVi(text, REF)).toEqual({ date, kind });
  });

  it('is tolerant of missing diacritics, case and decomposed input', () => {
    expect(parseDeadlineVi('XONG TRONG THANG 01/2022', REF)).toEqual({ date: '2022-01-31', kind: 'month' });
    expect(parseDeadlineVi('truoc ngay 30/6/2022', REF)).toEqual({ date: '2022-06-30', kind: 'before' });
    expect(parseDeadlineVi('Quy i/2022', REF)).toEqual({ date: '2022-03-31', kind: 'quarter' });
    expect(parseDeadlineVi('trước ngày 30/6'.normalize('NFD'), REF)).toEqual({
      date: '2022-06-30',
      kind: 'before',
    });
  });

  it('picks the deadline out of a whole conclusion, the most specific phrase first', () => {
    const text =
      '(1) Tập trung xây dựng các kế hoạch thực hiện 03 chương trình công tác trọng tâm toàn khóa của Quận ủy, ' +
      '10 chương trình Thành ủy năm 2022 ngay từ đầu năm, xong trong tháng 01/2022.';
    expect(parseDeadlineVi(text, '2021-12-14')).toEqual({ date: '2022-01-31', kind: 'month' });
  });

  it('says null when there is no deadline or the day does not exist', () => {
    expect(parseDeadlineVi('Tiếp tục đổi mới trong công tác lãnh đạo', REF)).toBeNull();
    expect(parseDeadlineVi('trước ngày 31/6/2022', REF)).toBeNull();
    expect(parseDeadlineVi('trong tháng 13/2022', REF)).toBeNull();
    expect(parseDeadlineVi('', REF)).toBeNull();
    expect(parseDeadlineVi('Đồng chí Đường Hoài Nam', REF)).toBeNull();
  });

  it('refuses a bad reference date', () => {
    expect(() => parseDeadlineVi('năm 2022', '2022-02-30')).toThrow(RangeError);
  });
});
