import { fieldLabels } from '../../../shared/domain/field-labels.ts';
import type { RecordChange } from '../../../shared/sync/change.ts';
import { describeUnsafeText, findUnsafeText, unsafeCharIn } from '../../../shared/text/unsafe-text.ts';
import type { Rejection } from './rejection.ts';

/**
 * Poisoned text in a pushed change: a NUL or a lone surrogate, which PostgreSQL refuses (text and jsonb
 * hold neither), so one such change used to fail the whole batch with a 500 on every retry and leave the
 * machine stuck; and control characters, which the shared text rule refuses as well. The change is
 * refused alone, naming the field, before any database work — in its values, its field names and the
 * keys of its `base`.
 */

/** `text` with every unsafe unit shown as U+FFFD: a refusal must not carry the poison back. */
export function printable(text: string): string {
  let out = '';
  let rest = text;
  for (let found = unsafeCharIn(rest); found; found = unsafeCharIn(rest)) {
    out += `${rest.slice(0, found.index)}\ufffd`;
    rest = rest.slice(found.index + 1);
  }
  return out + rest;
}

export function findPoison(change: RecordChange): Rejection | null {
  const found = findUnsafeText({ fields: change.fields, base: change.base ?? {} });
  const key = found?.path[1];
  if (!found || key === undefined) return null;
  const field = printable(key);
  const inName = unsafeCharIn(key) !== null;
  const what = inName ? `Tên trường «${field}»` : `Trường «${fieldLabels[key] ?? field}»`;
  return {
    code: 'invalid',
    reason:
      `${what} ${describeUnsafeText(found.kind)}, máy chủ không lưu được. ` +
      'Hãy gõ lại nội dung trường này rồi lưu lại; các thay đổi khác vẫn được gửi bình thường.',
    message: { key: 'unsafe_text', params: { field, kind: found.kind } },
  };
}
