import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVi, sortVi } from './collate.ts';
import { foldVietnamese, nfc, normalizeForCompare } from './normalize.ts';

const vietnameseLetters = [
  ...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ ',
];
const vietnameseText = fc
  .array(fc.constantFrom(...vietnameseLetters, ...vietnameseLetters.map((c) => c.toUpperCase())), {
    maxLength: 40,
  })
  .map((chars) => chars.join(''));

describe('nfc', () => {
  it('composes decomposed input', () => {
    const decomposed = 'Tie\u0302\u0301u chi\u0301';
    expect(decomposed).not.toBe('Tiếu chí'.normalize('NFC'));
    expect(nfc(decomposed)).toBe('Tiếu chí');
    expect(nfc(decomposed).length).toBe(8);
  });
});

describe('foldVietnamese', () => {
  it('drops case and marks and folds đ to d', () => {
    expect(foldVietnamese('Tiêu chí')).toBe('tieu chi');
    expect(foldVietnamese('Đường Hoài Nam')).toBe('duong hoai nam');
    expect(foldVietnamese('ĐẢNG BỘ QUẬN')).toBe('dang bo quan');
    expect(foldVietnamese('Ủy ban kiểm tra; Nghị quyết Đại hội')).toBe('uy ban kiem tra; nghi quyet dai hoi');
  });

  it('is idempotent, keeps length and gives plain ASCII for Vietnamese text in NFC or NFD', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const folded = foldVietnamese(text);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(folded).toMatch(/^[a-z ]*$/);
        expect(folded.length).toBe(nfc(text).length);
        expect(foldVietnamese(text.normalize('NFD'))).toBe(folded);
      }),
    );
  });

  it('normalizeForCompare collapses spaces and case but keeps marks', () => {
    expect(normalizeForCompare('  Tiêu   CHÍ \n')).toBe('tiêu chí');
  });
});

describe('compareVi', () => {
  it('puts numbers in numeric order', () => {
    expect(sortVi(['chỉ tiêu 10', 'chỉ tiêu 2', 'chỉ tiêu 1'], (s) => s)).toEqual([
      'chỉ tiêu 1',
      'chỉ tiêu 2',
      'chỉ tiêu 10',
    ]);
  });

  it('follows the Vietnamese alphabet: a ă â, d đ, o ô ơ', () => {
    const words = ['ơn', 'Đường', 'ân', 'ăn', 'Dương', 'an', 'ôn', 'on', 'em'];
    expect([...words].sort(compareVi)).toEqual(['an', 'ăn', 'ân', 'Dương', 'Đường', 'em', 'on', 'ôn', 'ơn']);
  });

  it('is a total order that ignores the normal form', () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (a, b) => {
        expect(Math.sign(compareVi(a, b)) + Math.sign(compareVi(b, a))).toBe(0);
        expect(compareVi(a, a.normalize('NFD'))).toBe(0);
      }),
    );
  });
});
