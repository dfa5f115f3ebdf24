import type { ByteRange } from './blob-store.ts';

/**
 * The `Range` header of a download (RFC 9110 §14): one range of bytes — `bytes=a-b`, `bytes=a-` or the
 * last n bytes, `bytes=-n` — clipped to the file. A range in another unit is ignored (the whole file);
 * a malformed one, several ranges, or one that starts past the end cannot be served (416). `If-Range`
 * other than the blob's ETag asks for the whole file (a blob never changes, so it only differs when the
 * client means another one).
 */
export type RangeAnswer = { kind: 'full' } | ({ kind: 'partial' } & ByteRange) | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d{0,16})-(\d{0,16})$/;

export function parseRange(
  header: string | undefined,
  size: number,
  ifRange?: string,
  etag?: string,
): RangeAnswer {
  if (header === undefined) return { kind: 'full' };
  const value = header.replace(/\s+/g, '');
  if (!/^bytes=/i.test(value)) return { kind: 'full' };
  if (ifRange !== undefined && ifRange.trim() !== etag) return { kind: 'full' };
  const match = SINGLE.exec(`bytes=${value.slice('bytes='.length)}`);
  if (!match) return { kind: 'unsatisfiable' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'unsatisfiable' };
  if (first === '') {
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || (last !== '' && Number(last) < start)) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
