import { nfc } from './normalize.ts';
import { domainText } from '../i18n/domain.ts';

/** Optional sign, an integer part either plain or grouped by dots in threes, optional comma decimals. */
const VI_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** A text that is not a number written the Vietnamese way. */
export class NumberParseError extends Error {
  readonly input: string;

  constructor(input: string) {
    super(domainText('vi', 'number.invalid', { input: input.slice(0, 40) }));
    this.name = 'NumberParseError';
    this.input = input;
  }
}

/** The number in `text`, or null when it is not a Vietnamese-written number. */
export function tryParseNumberVi(text: string): number | null {
  const normalized = nfc(text)
    .trim()
    .replace(/^[\u2212\u2013]/, '-');
  const match = VI_NUMBER.exec(normalized);
  if (!match) return null;
  const [, sign = '', intPart = '', fraction] = match;
  const value = Number(
    `${sign}${intPart.replaceAll('.', '')}${fraction === undefined ? '' : `.${fraction}`}`,
  );
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a number written the Vietnamese way: "1.234,5" → 1234.5, "82,3", "-3", "1234". Refuses
 * anything else ("1,2,3", "1.23", "12abc", "") with a {@link NumberParseError} that says how to write it.
 */
export function parseNumberVi(text: string): number {
  const value = tryParseNumberVi(text);
  if (value === null) throw new NumberParseError(text);
  return value;
}
