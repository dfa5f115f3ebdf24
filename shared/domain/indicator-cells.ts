import { foldVietnamese, nfc } from '../text/normalize.ts';
import { tryParseNumberVi } from '../text/parse-number.ts';
import type { IndicatorDirection } from './indicator.ts';
import { group } from '../i18n/locale.ts';
import { labelsEn } from '../i18n/labels-en.ts';
import { labelsVi } from '../i18n/labels-vi.ts';
import { domainText } from '../i18n/domain.ts';

/** What one typed or pasted cell reads as: a value, or the Vietnamese reason it cannot be one. */
export type CellParse<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellParse<T> => ({ ok: true, value });
const fail = <T>(message: string): CellParse<T> => ({ ok: false, message });

/** A cell's text made comparable: NFC, non-breaking spaces made spaces, runs of white space one, trimmed. */
export function cleanCell(text: string): string {
  return nfc(text)
    .replace(/[\u00a0\u202f]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const key = (text: string) => foldVietnamese(cleanCell(text));

/** "Tăng", "Giảm", "Duy trì", "Có/Không" as typed in a table. */
export const directionWords: Readonly<Record<IndicatorDirection, string>> = group(labelsVi, 'direction.');

/** The same in English. */
export const directionWordsEn: Readonly<Record<IndicatorDirection, string>> = group(labelsEn, 'direction.');

const DIRECTION_KEYS: readonly (readonly [string, IndicatorDirection])[] = [
  ['tang', 'increase'],
  ['giam', 'decrease'],
  ['duy tri', 'keep'],
  ['giu', 'keep'],
  ['co/khong', 'boolean'],
  ['co khong', 'boolean'],
  ['co-khong', 'boolean'],
];

/**
 * Chiều đánh giá from a cell: "Tăng" / "giam" / "duy trì" / "có/không" (or the first letters of one, "g");
 * blank is "Tăng", the usual direction.
 */
export function parseDirectionCell(text: string): CellParse<IndicatorDirection> {
  const folded = key(text).replace(/\s*\/\s*/gu, '/');
  if (folded === '') return ok('increase');
  const exact = DIRECTION_KEYS.find(([word]) => word === folded);
  if (exact) return ok(exact[1]);
  const prefixed = new Set(DIRECTION_KEYS.filter(([word]) => word.startsWith(folded)).map(([, d]) => d));
  const [only] = prefixed;
  if (prefixed.size === 1 && only) return ok(only);
  return fail(domainText('vi', 'cell.direction'));
}

const YES = new Set(['x', 'co', 'c', '1', 'v', 'true', 'dung', 'nq', 'nqdh', 'nq dh', '✓', '✔', 'yes']);
const NO = new Set(['', 'khong', 'k', '0', 'false', '-', '—', 'no']);

/** Thuộc Nghị quyết Đại hội: "x", "có", "1", "NQ ĐH" are yes; blank, "không", "0" are no. */
export function parseFlagCell(text: string): CellParse<boolean> {
  const folded = key(text);
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail(domainText('vi', 'cell.flag'));
}

const BLANK_FIGURE = new Set(['', '-', '—', '–']);

/**
 * A figure from a cell written the Vietnamese way ("82,3", "1.234,5", "93,18%"); blank or a dash is none.
 * For a yes/no indicator "có"/"đạt" reads 1 and "không"/"chưa" reads 0.
 */
export function parseFigureCell(text: string, direction?: IndicatorDirection): CellParse<number | null> {
  const cleaned = cleanCell(text);
  if (BLANK_FIGURE.has(cleaned)) return ok(null);
  if (direction === 'boolean') {
    const folded = key(cleaned);
    if (['co', 'dat', 'x', 'hoan thanh'].includes(folded)) return ok(1);
    if (['khong', 'chua', 'chua dat'].includes(folded)) return ok(0);
  }
  const value = tryParseNumberVi(cleaned.replace(/\s*%$/u, '').replace(/ /gu, ''));
  if (value === null) return fail(domainText('vi', 'cell.notNumber', { text: cleaned.slice(0, 40) }));
  if (Math.abs(value) > 1e15) return fail(domainText('vi', 'cell.tooLarge'));
  return ok(value);
}

/** A unit to pick by name: its id, full name and short name. */
export interface UnitChoice {
  id: string;
  name: string;
  shortName: string | null;
}

/**
 * Đơn vị chủ trì from a cell: the unit whose name or short name is the text (diacritics and case
 * ignored), else the one unit whose name contains it; blank is none.
 */
export function parseUnitCell(text: string, units: readonly UnitChoice[]): CellParse<string | null> {
  const folded = key(text);
  if (folded === '') return ok(null);
  const exact = units.find(
    (u) => key(u.name) === folded || (u.shortName !== null && key(u.shortName) === folded),
  );
  if (exact) return ok(exact.id);
  const containing = units.filter(
    (u) => key(u.name).includes(folded) || (u.shortName !== null && key(u.shortName).includes(folded)),
  );
  const [only] = containing;
  if (containing.length === 1 && only) return ok(only.id);
  if (containing.length > 1) return fail(domainText('vi', 'cell.unitAmbiguous', { text: cleanCell(text) }));
  return fail(domainText('vi', 'cell.unitNotFound', { text: cleanCell(text).slice(0, 60) }));
}
