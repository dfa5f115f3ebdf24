/**
 * Decimal rounding on the shortest decimal form of a number (what `String(n)` prints), so that 1.005
 * rounds to 1.01 as a person expects, without the binary surprises of `toFixed`. Half away from zero.
 */
export function roundDecimal(abs: number, fractionDigits: number): { int: string; frac: string } {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [intPart = '0', fracPart = ''] = mantissa.split('.');
  let digits = intPart + fracPart;
  let point = intPart.length + Number(exponent);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const keep = digits.slice(0, point + fractionDigits).padEnd(point + fractionDigits, '0');
  const next = digits[point + fractionDigits] ?? '0';
  let scaled = BigInt(keep === '' ? '0' : keep);
  if (next >= '5') scaled += 1n;
  const text = scaled.toString().padStart(fractionDigits + 1, '0');
  const cut = text.length - fractionDigits;
  return { int: text.slice(0, cut), frac: text.slice(cut) };
}

/** "1234567" → "1.234.567". */
export function groupThousands(intDigits: string, separator: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
