import { describe, expect, it } from 'vitest';
import { parseDirectionCell, parseFigureCell, parseFlagCell, parseUnitCell } from './indicator-cells.ts';
import { headerColumn, parseIndicatorPaste, splitTabular } from './indicator-paste.ts';

const period = { year: 2022, kind: 'year' } as const;
const units = [
  { id: 'u-vh', name: 'Phòng Văn hóa và Thông tin', shortName: 'Phòng VH-TT' },
  { id: 'u-ld', name: 'Phòng Lao động - Thương binh và Xã hội', shortName: 'Phòng LĐ-TB&XH' },
  { id: 'u-yt', name: 'Phòng Y tế', shortName: null },
];
const options = { period, units, usedNumbers: new Set<number>() };

describe('splitTabular', () => {
  it('splits rows and tabs, keeps quoted cells with line breaks and quotes, drops blank lines', () => {
    const text = 'a\tb\r\n"dòng 1\ndòng 2"\t"Tỷ lệ ""Gia đình văn hóa"""\n\n\t\n';
    expect(splitTabular(text)).toEqual([
      ['a', 'b'],
      ['dòng 1\ndòng 2', 'Tỷ lệ "Gia đình văn hóa"'],
    ]);
  });

  it('keeps a quote inside an unquoted cell as it is', () => {
    expect(splitTabular('Tỷ lệ “Gia đình văn hóa”\t%')).toEqual([['Tỷ lệ “Gia đình văn hóa”', '%']]);
  });
});

describe('cells', () => {
  it('reads directions by word, without diacritics and by first letters', () => {
    expect(parseDirectionCell('Giảm')).toEqual({ ok: true, value: 'decrease' });
    expect(parseDirectionCell('giam')).toEqual({ ok: true, value: 'decrease' });
    expect(parseDirectionCell('duy tri')).toEqual({ ok: true, value: 'keep' });
    expect(parseDirectionCell('Có / Không')).toEqual({ ok: true, value: 'boolean' });
    expect(parseDirectionCell('')).toEqual({ ok: true, value: 'increase' });
    expect(parseDirectionCell('lên')).toMatchObject({ ok: false });
  });

  it('reads figures with a decimal comma, a percent sign or a dash', () => {
    expect(parseFigureCell('93,18%')).toEqual({ ok: true, value: 93.18 });
    expect(parseFigureCell('1.015')).toEqual({ ok: true, value: 1015 });
    expect(parseFigureCell('—')).toEqual({ ok: true, value: null });
    expect(parseFigureCell('có', 'boolean')).toEqual({ ok: true, value: 1 });
    const bad = parseFigureCell('12,3,4');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.message).toContain('dấu phẩy');
  });

  it('reads the congress flag and finds units by name or short name', () => {
    expect(parseFlagCell('x')).toEqual({ ok: true, value: true });
    expect(parseFlagCell('NQ ĐH')).toEqual({ ok: true, value: true });
    expect(parseFlagCell('')).toEqual({ ok: true, value: false });
    expect(parseFlagCell('có lẽ')).toMatchObject({ ok: false });
    expect(parseUnitCell('phong y te', units)).toEqual({ ok: true, value: 'u-yt' });
    expect(parseUnitCell('Phòng LĐ-TB&XH', units)).toEqual({ ok: true, value: 'u-ld' });
    expect(parseUnitCell('Văn hóa', units)).toEqual({ ok: true, value: 'u-vh' });
    expect(parseUnitCell('Phòng', units)).toMatchObject({ ok: false });
    expect(parseUnitCell('Phòng Tư pháp', units)).toMatchObject({ ok: false });
  });
});

describe('headerColumn', () => {
  it('names the columns of a report sheet', () => {
    expect(headerColumn('STT', period)).toEqual({ kind: 'number' });
    expect(headerColumn('ĐVT', period)).toEqual({ kind: 'unit' });
    expect(headerColumn('Kết quả năm 2021', period)).toEqual({
      kind: 'result',
      period: { year: 2021, kind: 'year' },
    });
    expect(headerColumn('KH 6 tháng 2023', period)).toEqual({
      kind: 'planned',
      period: { year: 2023, kind: 'h1' },
    });
    expect(headerColumn('Kết quả', period)).toEqual({ kind: 'result', period });
    expect(headerColumn('Mục tiêu nhiệm kỳ', period)).toEqual({ kind: 'target' });
    expect(headerColumn('Thuộc NQ ĐH', period)).toEqual({ kind: 'congress' });
    expect(headerColumn('Tên chỉ tiêu', period)).toEqual({ kind: 'name' });
    expect(headerColumn('Ảnh', period)).toBeNull();
  });
});

describe('parseIndicatorPaste', () => {
  it('reads a block with a header, by column name, with several periods', () => {
    const text = [
      'STT\tTên chỉ tiêu\tĐVT\tChiều\tĐầu kỳ\tMục tiêu\tKH 2021\tKQ 2021\tKH 2022\tKQ 2022\tNQ ĐH\tĐơn vị chủ trì',
      '1\tTỷ lệ “Gia đình văn hóa”\t%\tTăng\t92,6\t90\t90\t93,1\t90\t93,18\tx\tPhòng VH-TT',
      '2\tSố hộ nghèo\thộ\tGiảm\t48\t0\t24\t11\t0\t0\t\tphòng lao động',
    ].join('\n');
    const result = parseIndicatorPaste(text, options);
    expect(result.errors).toEqual([]);
    expect(result.hasHeader).toBe(true);
    expect(result.rows).toHaveLength(2);
    const [family, poor] = result.rows;
    expect(family).toMatchObject({
      line: 2,
      number: 1,
      name: 'Tỷ lệ “Gia đình văn hóa”',
      unitOfMeasure: '%',
      direction: 'increase',
      baseline: 92.6,
      termTarget: 90,
      congressResolution: true,
      leadUnitId: 'u-vh',
    });
    expect(family?.periods).toEqual([
      { period: { year: 2021, kind: 'year' }, planned: 90, result: 93.1 },
      { period: { year: 2022, kind: 'year' }, planned: 90, result: 93.18 },
    ]);
    expect(poor).toMatchObject({ number: 2, direction: 'decrease', termTarget: 0, leadUnitId: 'u-ld' });
  });

  it('reads a block without a header in the editor order, numbering after the used numbers', () => {
    const text = 'Số hộ nghèo\thộ\tgiảm\t48\t0\t0\t0\nTỷ lệ bao phủ bảo hiểm y tế\t%\t\t85\t95\t92\t93,2\n';
    const result = parseIndicatorPaste(text, { ...options, usedNumbers: new Set([1, 2, 4]) });
    expect(result.errors).toEqual([]);
    expect(result.hasHeader).toBe(false);
    expect(result.rows.map((r) => [r.number, r.name, r.direction])).toEqual([
      [3, 'Số hộ nghèo', 'decrease'],
      [5, 'Tỷ lệ bao phủ bảo hiểm y tế', 'increase'],
    ]);
    expect(result.rows[1]?.periods).toEqual([{ period, planned: 92, result: 93.2 }]);
  });

  it('takes a leading STT column without a header', () => {
    const result = parseIndicatorPaste(
      '7\tSố hộ nghèo\thộ\n8.\tSố lao động được giải quyết việc làm mới',
      options,
    );
    expect(result.rows.map((r) => [r.number, r.name, r.unitOfMeasure])).toEqual([
      [7, 'Số hộ nghèo', 'hộ'],
      [8, 'Số lao động được giải quyết việc làm mới', ''],
    ]);
  });

  it('reports every problem with its line and leaves those rows out', () => {
    const text = [
      'STT\tTên chỉ tiêu\tĐVT\tChiều\tKết quả 2022',
      '1\tSố hộ nghèo\thộ\tgiảm\t12,3,4',
      '2\t\t%\t\t5',
      '1\tTỷ lệ hộ cận nghèo\t%\tlên\t1,2',
      '3\tTỷ lệ bao phủ bảo hiểm y tế\t%\ttăng\t93,2',
    ].join('\n');
    const result = parseIndicatorPaste(text, options);
    expect(result.rows.map((r) => r.name)).toEqual(['Tỷ lệ bao phủ bảo hiểm y tế']);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(result.errors[0]?.message).toContain('Kết quả năm 2022');
    expect(result.errors[1]?.message).toContain('thiếu tên chỉ tiêu');
    expect(result.errors[2]?.message).toContain('chiều đánh giá');
  });

  it('refuses a number already used and a column named twice', () => {
    const used = parseIndicatorPaste('1\tSố hộ nghèo', { ...options, usedNumbers: new Set([1]) });
    expect(used.errors[0]?.message).toContain('STT 1 đã có');
    const twice = parseIndicatorPaste('Tên chỉ tiêu\tKQ 2022\tKết quả năm 2022\nSố hộ nghèo\t1\t2', options);
    expect(twice.errors[0]?.message).toContain('có hai lần');
  });

  it('gives nothing for blank text', () => {
    expect(parseIndicatorPaste(' \n\t\n', options)).toEqual({
      columns: [],
      hasHeader: false,
      rows: [],
      errors: [],
    });
  });
});
