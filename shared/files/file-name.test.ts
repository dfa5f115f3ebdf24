import { describe, expect, it } from 'vitest';
import { displayFileName, fileExtension, safeFileName } from './file-name.ts';

describe('file names', () => {
  it('keep what people wrote for display, without the folders a picker or a drop adds', () => {
    expect(displayFileName('C:\\Users\\vanphong\\Dự thảo Báo cáo chính trị.docx')).toBe(
      'Dự thảo Báo cáo chính trị.docx',
    );
    expect(displayFileName('/home/a/Tờ trình số 12-TTr/QU.pdf')).toBe('QU.pdf');
    expect(displayFileName('Phu\u0323 lu\u0323c 1.xlsx')).toBe('Phụ lục 1.xlsx');
    expect(displayFileName('bao\u0000cao\u0007.pdf')).toBe('baocao.pdf');
    expect(displayFileName('..')).toBe('tep-dinh-kem');
    expect(displayFileName('   ')).toBe('tep-dinh-kem');
  });

  it('never climb out of their folder or name a device when put on a disk', () => {
    for (const raw of ['../../etc/passwd', '..\\..\\Windows\\win.ini', '..', '.', '/', 'a/../../b']) {
      const name = safeFileName(raw);
      expect(name).not.toMatch(/[/\\]/);
      expect(name.startsWith('.')).toBe(false);
    }
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('Com1.docx')).toBe('_Com1.docx');
    expect(safeFileName('LPT9')).toBe('_LPT9');
    expect(safeFileName('CONSOLE.txt')).toBe('CONSOLE.txt');
    expect(safeFileName('a<b>c:"d"|e?*.pdf')).toBe('a_b_c__d__e__.pdf');
    expect(safeFileName('bao cao. . ')).toBe('bao cao');
    expect(safeFileName('NUL\u0000')).toBe('_NUL');
  });

  it('shorten long names but keep the extension', () => {
    const name = safeFileName(`${'Báo cáo kết quả thực hiện '.repeat(10)}.docx`);
    expect([...name].length).toBeLessThanOrEqual(120);
    expect(fileExtension(name)).toBe('docx');
    expect(fileExtension('README')).toBe('');
    expect(fileExtension('.hidden')).toBe('');
  });
});
