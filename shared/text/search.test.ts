import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, searchRank, searchScore } from './search.ts';

describe('searchScore', () => {
  it('finds text whatever its diacritics', () => {
    expect(matchesSearch('tieu chi', 'Bộ tiêu chí đánh giá')).toBe(true);
    expect(matchesSearch('duong', 'Đường Hoài Nam')).toBe(true);
    expect(matchesSearch('DUONG', 'đường ngõ ngách')).toBe(true);
    expect(matchesSearch('nghi quyet dai hoi', 'thuộc Nghị quyết Đại hội')).toBe(true);
    expect(matchesSearch('thoát nước', 'DỰ ÁN THOÁT NƯỚC')).toBe(true);
  });

  it('matches words in any order when the phrase is not found', () => {
    expect(matchesSearch('hồ tây quản lý', 'quy định quản lý khai thác Hồ Tây')).toBe(true);
    expect(matchesSearch('ho tay phuong', 'quy định quản lý khai thác Hồ Tây')).toBe(false);
  });

  it('says no match with null', () => {
    expect(searchScore('giao ban', 'Hội nghị Ban Chấp hành')).toBeNull();
    expect(matchesSearch('x', '')).toBe(false);
  });

  it('ranks a match with the same marks above one that needed folding', () => {
    const exact = searchScore('tiêu chí', 'bộ tiêu chí');
    const folded = searchScore('tiêu chí', 'bộ tiểu chi');
    expect(exact).not.toBeNull();
    expect(folded).not.toBeNull();
    expect(exact ?? 0).toBeGreaterThan(folded ?? 0);
    const items = ['Dương Văn Bé', 'Đường Hoài Nam', 'Đương nhiệm'];
    expect(searchRank('đường', items, (s) => s)).toEqual(['Đường Hoài Nam', 'Dương Văn Bé', 'Đương nhiệm']);
  });

  it('ranks word starts above the middle of a word, and the start of the text first', () => {
    const start = searchScore('nam', 'Nam Định') ?? 0;
    const word = searchScore('nam', 'Hoài Nam') ?? 0;
    const middle = searchScore('nam', 'Thành Năm') ?? 0;
    const inside = searchScore('nam', 'danamb') ?? 0;
    expect(start).toBeGreaterThan(word);
    expect(word).toBeGreaterThan(inside);
    expect(middle).toBeGreaterThan(0);
  });

  it('lets an empty query match everything with score 0, keeping input order', () => {
    expect(searchScore('  ', 'anything')).toBe(0);
    expect(searchRank('', ['b', 'a'], (s) => s)).toEqual(['b', 'a']);
  });

  it('always finds a text in itself, and its folded or NFD forms', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (text) => {
        if (text.trim() === '') return;
        expect(matchesSearch(text, text)).toBe(true);
        expect(matchesSearch(text.normalize('NFD'), `… ${text} …`)).toBe(true);
      }),
    );
  });
});
