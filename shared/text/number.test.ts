import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatPercentVi } from './number-format.ts';
import { NumberParseError, parseNumberVi, tryParseNumberVi } from './parse-number.ts';

describe('formatNumberVi', () => {
  it('writes dot thousands and a decimal comma', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(4764)).toBe('4.764');
    expect(formatNumberVi(1234567.891)).toBe('1.234.567,89');
    expect(formatNumberVi(9.25)).toBe('9,25');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(-1234.5)).toBe('-1.234,5');
    expect(formatNumberVi(999)).toBe('999');
  });

  it('shows exactly the asked decimals, rounding half away from zero on the decimal value', () => {
    expect(formatNumberVi(82.3, 2)).toBe('82,30');
    expect(formatNumberVi(1.005, 2)).toBe('1,01');
    expect(formatNumberVi(2.5, 0)).toBe('3');
    expect(formatNumberVi(-2.5, 0)).toBe('-3');
    expect(formatNumberVi(0.1 + 0.2)).toBe('0,3');
    expect(formatNumberVi(1e-7, 2)).toBe('0,00');
    expect(formatNumberVi(-0.001)).toBe('0');
    expect(formatNumberVi(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumberVi(999.996)).toBe('1.000');
  });

  it('refuses what it cannot write', () => {
    expect(() => formatNumberVi(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumberVi(Infinity)).toThrow(RangeError);
    expect(() => formatNumberVi(1, -1)).toThrow(RangeError);
    expect(() => formatNumberVi(1, 1.5)).toThrow(RangeError);
  });

  it('formats percentages as the reports do', () => {
    expect(formatPercentVi(107.14)).toBe('107,14%');
    expect(formatPercentVi(101.53)).toBe('101,53%');
    expect(formatPercentVi((9.25 / 10.4) * 100)).toBe('88,94%');
    expect(formatPercentVi(100)).toBe('100%');
    expect(formatPercentVi(31.44, 1)).toBe('31,4%');
  });
});

describe('parseNumberVi', () => {
  it('reads Vietnamese-written numbers', () => {
    expect(parseNumberVi('1.234,5')).toBe(1234.5);
    expect(parseNumberVi('82,3')).toBe(82.3);
    expect(parseNumberVi('9,25')).toBe(9.25);
    expect(parseNumberVi('-3')).toBe(-3);
    expect(parseNumberVi(' 1234 ')).toBe(1234);
    expect(parseNumberVi('1.015')).toBe(1015);
    expect(parseNumberVi('4.764.000')).toBe(4764000);
    expect(parseNumberVi('\u22123,5')).toBe(-3.5);
    expect(parseNumberVi('+0,5')).toBe(0.5);
  });

  it('refuses garbage with a clear error', () => {
    for (const bad of [
      '1,2,3',
      '1.23',
      '12abc',
      '',
      ' ',
      ',5',
      '1,',
      '1.',
      '1..234',
      '1.2345',
      'NaN',
      '1e5',
      '1 234',
    ]) {
      expect(() => parseNumberVi(bad), bad).toThrow(NumberParseError);
      expect(tryParseNumberVi(bad)).toBeNull();
    }
    expect(() => parseNumberVi('1,2,3')).toThrow('"1,2,3" không phải là số hợp lệ');
  });

  it('reads back what formatNumberVi writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * (cents / 100);
        expect(parseNumberVi(formatNumberVi(value, 2))).toBeCloseTo(value, 6);
      }),
    );
  });
});
