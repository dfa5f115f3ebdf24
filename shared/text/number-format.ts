import { groupThousands, roundDecimal } from './decimal.ts';

/** Fraction digits shown when the caller does not fix them: up to two, trailing zeros dropped. */
export const DEFAULT_MAX_FRACTION_DIGITS = 2;

function checkDigits(fractionDigits: number): void {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 20) {
    throw new RangeError(`fractionDigits must be an integer within 0..20, got ${fractionDigits}.`);
  }
}

/**
 * A number the Vietnamese way, without relying on the runtime's ICU data: dot between thousands, comma
 * before decimals ("1.234,5"). With `fractionDigits` exactly that many decimals are shown ("82,30");
 * without, up to two, trailing zeros dropped ("1.234,5", "100"). Rounds half away from zero.
 */
export function formatNumberVi(n: number, fractionDigits?: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot format ${n} as a number.`);
  const fixed = fractionDigits !== undefined;
  const digits = fractionDigits ?? DEFAULT_MAX_FRACTION_DIGITS;
  checkDigits(digits);
  const rounded = roundDecimal(Math.abs(n), digits);
  const frac = fixed ? rounded.frac : rounded.frac.replace(/0+$/, '');
  const isZero = /^0*$/.test(rounded.int + rounded.frac);
  const sign = n < 0 && !isZero ? '-' : '';
  return `${sign}${groupThousands(rounded.int, '.')}${frac === '' ? '' : `,${frac}`}`;
}

/** A percentage given in percent (107.14 → "107,14%"); same digits rule as {@link formatNumberVi}. */
export function formatPercentVi(percent: number, fractionDigits?: number): string {
  return `${formatNumberVi(percent, fractionDigits)}%`;
}

/** A number the English way: comma between thousands, point before decimals ("1,234.5"); same digits rule. */
export function formatNumberEn(n: number, fractionDigits?: number): string {
  return formatNumberVi(n, fractionDigits).replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'));
}
