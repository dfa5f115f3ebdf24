/** Unicode NFC: the one form text is stored and compared in (DESIGN §8). */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * The search key of a text: lowercase, without diacritics, and with đ/Đ folded to d (NFD does not
 * decompose đ, so stripping marks alone leaves it). "Đường Tiêu Chí" → "duong tieu chi".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** NFC, lowercase, whitespace runs collapsed to one space and trimmed: a case-insensitive key. */
export function normalizeForCompare(text: string): string {
  return nfc(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}
