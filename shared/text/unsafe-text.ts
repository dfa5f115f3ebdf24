import type { Locale } from '../i18n/locale.ts';
import { validationText } from '../i18n/validation.ts';

/**
 * Characters no stored text may hold. A lone UTF-16 surrogate is not text at all (it has no UTF-8 form,
 * so PostgreSQL refuses it); NUL ends strings in C and is refused by PostgreSQL's text and jsonb; the other
 * control characters (C0 and C1, DEL) are invisible and break exports. Tab always passes; line feed and
 * carriage return pass where the text may hold several lines.
 */
export type UnsafeTextKind = 'lone_surrogate' | 'nul' | 'control';

export interface UnsafeText {
  kind: UnsafeTextKind;
  /** Where it was found: the object keys and array indexes from the value's root. */
  path: string[];
  /** The UTF-16 position of the bad unit in its string (or key). */
  index: number;
}

function isControl(code: number, allowLineBreaks: boolean): boolean {
  if (code === 9) return false;
  if ((code === 10 || code === 13) && allowLineBreaks) return false;
  return code < 32 || (code >= 0x7f && code <= 0x9f);
}

/** The first unsafe unit of `text`, or null when it is clean. */
export function unsafeCharIn(
  text: string,
  options: { allowLineBreaks?: boolean } = {},
): { kind: UnsafeTextKind; index: number } | null {
  const allowLineBreaks = options.allowLineBreaks ?? true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      return { kind: 'lone_surrogate', index };
    }
    if (code >= 0xdc00 && code <= 0xdfff) return { kind: 'lone_surrogate', index };
    if (code === 0) return { kind: 'nul', index };
    if (isControl(code, allowLineBreaks)) return { kind: 'control', index };
  }
  return null;
}

export function isSafeText(text: string, options: { allowLineBreaks?: boolean } = {}): boolean {
  return unsafeCharIn(text, options) === null;
}

/**
 * The first unsafe string anywhere in a JSON-like value: object keys, string values, nested arrays and
 * objects. Line breaks pass here (multi-line fields hold them; one-line fields are checked by their schema).
 */
export function findUnsafeText(value: unknown, path: string[] = []): UnsafeText | null {
  if (typeof value === 'string') {
    const found = unsafeCharIn(value);
    return found ? { ...found, path } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inKey = unsafeCharIn(key);
      if (inKey) return { ...inKey, path: [...path, key] };
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** What is wrong, for people: "chứa ký tự NUL (mã 0)". */
export function describeUnsafeText(kind: UnsafeTextKind, locale: Locale = 'vi'): string {
  return validationText(locale, { key: `unsafe.${kind}` });
}

/** UTF-8 length of a string without encoding it: what a request body or a byte limit counts. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        index += 1;
      } else bytes += 3; // a lone surrogate is sent as U+FFFD
    } else bytes += 3;
  }
  return bytes;
}
